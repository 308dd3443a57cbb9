package org.parley.cli.kb;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.kb.KnowledgeBase;
import org.parley.kb.Region;
import org.parley.model.RegionId;

/** Regions with their areas and populations, and the totals over them. */
record RegionTable(List<Region> regions, double areaKm2, long population, List<RegionId> unknown) {
  RegionTable {
    regions = List.copyOf(regions);
    unknown = List.copyOf(unknown);
  }

  static RegionTable of(KnowledgeBase kb, List<RegionId> ids) {
    List<Region> regions = new ArrayList<>();
    List<RegionId> unknown = new ArrayList<>();
    double area = 0;
    long population = 0;
    for (RegionId id : ids) {
      Region r = kb.region(id).orElseThrow();
      regions.add(r);
      area += r.areaKm2();
      if (r.population().isPresent()) {
        population += r.population().getAsLong();
      } else {
        unknown.add(id);
      }
    }
    return new RegionTable(regions, area, population, unknown);
  }

  void print(PrintWriter out) {
    out.println("  regions:");
    for (Region r : regions) {
      row(out, r.id().value(), r.name(), r.areaKm2(), population(r));
    }
    if (regions.size() > 1) {
      String total = String.format(Locale.ROOT, "%,d", population);
      String note = unknown.isEmpty() ? "" : " (without " + unknown + ")";
      row(out, "total", "", areaKm2, total + note);
    }
  }

  private static String population(Region r) {
    return r.population().isPresent()
        ? String.format(Locale.ROOT, "%,d", r.population().getAsLong())
        : "unknown";
  }

  private static void row(PrintWriter out, String id, String name, double area, String people) {
    out.printf(Locale.ROOT, "    %-7s %-30s %,12.0f km²  population %s%n", id, name, area, people);
  }
}
