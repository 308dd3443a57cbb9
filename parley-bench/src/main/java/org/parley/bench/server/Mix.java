package org.parley.bench.server;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The request mix of the server benchmark, drawn per request: claim listings by party, region and
 * kind, one claim, positions, shifts, the gap, a document with its spans, and search.
 */
final class Mix {
  private static final List<String> PARTIES = List.of("RUS", "UKR", "USA", "EU", "NATO", "CHN");
  private static final List<String> REGIONS = List.of("UA-14", "UA-09", "UA-23", "UA-65", "UA-63");
  private static final List<String> WORDS =
      List.of("ceasefire", "guarantees", "sanctions", "withdrawal", "summit", "envoy");

  private Mix() {}

  /** One request: the endpoint it counts under and its path with query. */
  record Request(String endpoint, String path) {}

  /** Every analysis request the mix can draw, to compute them once before the clients start. */
  static List<Request> analyses() {
    List<Request> all = new java.util.ArrayList<>();
    for (String party : PARTIES) {
      all.add(new Request("positions", "/api/v1/positions?party=" + party));
      all.add(new Request("shifts", "/api/v1/shifts?party=" + party));
    }
    all.add(new Request("gap", "/api/v1/gap?first=RUS&second=UKR"));
    return all;
  }

  static Request next(SplittableRandom r, int documents) {
    int roll = r.nextInt(100);
    String party = PARTIES.get(r.nextInt(PARTIES.size()));
    if (roll < 30) {
      return new Request("claims by party", "/api/v1/claims?party=" + party + "&limit=50");
    } else if (roll < 45) {
      String region = REGIONS.get(r.nextInt(REGIONS.size()));
      return new Request(
          "claims by region+kind", "/api/v1/claims?region=" + region + "&kind=control");
    } else if (roll < 55) {
      return new Request("claim by id", "/api/v1/claims/" + (1 + r.nextInt(documents * 10)));
    } else if (roll < 75) {
      return new Request("positions", "/api/v1/positions?party=" + party);
    } else if (roll < 80) {
      return new Request("shifts", "/api/v1/shifts?party=" + party);
    } else if (roll < 85) {
      return new Request("gap", "/api/v1/gap?first=RUS&second=UKR");
    } else if (roll < 95) {
      return new Request(
          "document", "/api/v1/documents/bench-%07d".formatted(r.nextInt(documents)));
    }
    return new Request(
        "search", "/api/v1/search?q=" + WORDS.get(r.nextInt(WORDS.size())) + "&limit=20");
  }
}
