package org.parley.extract.meeting;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.kb.Actor;
import org.parley.kb.ActorType;
import org.parley.kb.Alias;
import org.parley.kb.KnowledgeBase;
import org.parley.kb.Person;
import org.parley.kb.Reading;
import org.parley.kb.TheatreSide;
import org.parley.model.ActorId;

/**
 * The foreign counterparts an official readout's title names: "Telephone conversation with
 * President of France Emmanuel Macron and Federal Chancellor of Germany Olaf Scholz" gives macron
 * and scholz; "Serbian President Aleksandar Vucic" gives vucic. A counterpart counts when the
 * knowledge base knows the person as another party's, or the title names their foreign country; a
 * person the knowledge base lacks is identified by the ascii slug of their surname ("Mahmoud Abbas"
 * → abbas). Domestic titles ("Meeting with Murmansk Region Governor Andrei Chibis") give nobody.
 */
final class TitledCounterparts {
  private static final Pattern TITLE =
      Pattern.compile(
          "^(?:telephone conversations?|phone calls?|telephone calls?|conversations?|meetings?|talks"
              + "|[\\w-]+ talks|joint news conference|joint press conference|news conference)"
              + " with (?:the )?(.+)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern OF_COUNTRY =
      Pattern.compile("\\bof (?:the )?((?:[A-Z][\\p{L}'-]+)(?: (?:and )?[A-Z][\\p{L}'-]+)*)");
  private static final Pattern HEAD_OF_STATE =
      Pattern.compile(
          "\\b(?:President|Prime Minister|Federal Chancellor|Chancellor|King|Queen|Emir|Amir"
              + "|Crown Prince|Premier|Sultan|Secretary[- ]General|Vice President|Pope|Chairperson)"
              + " of\\b");

  private static final Pattern NAME = Pattern.compile("((?:[A-Z][\\p{L}'.-]+ ?){1,4})$");

  private final KnowledgeBase kb;

  TitledCounterparts(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The counterparts of {@code title} who are not of {@code own} party, in title order. */
  List<ActorId> of(String title, ActorId own) {
    Matcher m = TITLE.matcher(title.strip());
    if (!m.matches()) {
      return List.of();
    }
    List<ActorId> out = new ArrayList<>();
    for (String part : m.group(1).split("\\s+and\\s+(?=[A-Z])")) {
      counterpart(part.strip(), own).ifPresent(out::add);
    }
    return out;
  }

  private Optional<ActorId> counterpart(String phrase, ActorId own) {
    Matcher n = NAME.matcher(phrase);
    if (!n.find()) {
      return Optional.empty();
    }
    String[] tail = n.group(1).strip().split("\\s+");
    for (int k = 0; k < tail.length; k++) {
      String lead = String.join(" ", java.util.Arrays.copyOfRange(tail, 0, k));
      String name = String.join(" ", java.util.Arrays.copyOfRange(tail, k, tail.length));
      if (k > 0 && !names(lead)) {
        continue;
      }
      Optional<Person> known = person(name);
      if (known.isPresent()) {
        return known.get().party().equals(own) ? Optional.empty() : Optional.of(known.get().id());
      }
      if (k > 0 || tail.length <= 2) {
        String role = phrase.substring(0, n.start()) + lead;
        String slug = slug(tail[tail.length - 1]);
        return foreignCountry(role, own) && ActorId.isValid(slug)
            ? Optional.of(ActorId.of(slug))
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Whether the knowledge base knows {@code words} as a state, region or entity. */
  private boolean names(String words) {
    return kb.readings(words).stream()
            .anyMatch(a -> a.entry() instanceof Actor || a.entry() instanceof org.parley.kb.Region)
        || kb.theatre().sides().stream().anyMatch(s -> s.subjects().isFoundIn(words));
  }

  private Optional<Person> person(String name) {
    for (String form : List.of(name, name.substring(name.lastIndexOf(' ') + 1))) {
      for (Alias a : kb.readings(form)) {
        if (a.entry() instanceof Person p) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  private boolean foreignCountry(String role, ActorId own) {
    Matcher of = OF_COUNTRY.matcher(role);
    List<String> forms = new ArrayList<>();
    String last = null;
    while (of.find()) {
      last = of.group(1);
      forms.add(last);
    }
    if (last != null && HEAD_OF_STATE.matcher(role).find() && !isOwn(last, own)) {
      return true;
    }
    for (String w : role.split("[\\s,]+")) {
      forms.add(w);
    }
    for (String form : forms) {
      for (Alias a : kb.readings(form)) {
        if (a.entry() instanceof Actor actor
            && actor.type() == ActorType.STATE
            && !actor.id().equals(own)
            && (a.reading() != Reading.METONYM)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code place} names the party itself or one of its regions or republics (for a side of
   * the theatre: a region of its country, or a word of its subjects' titles, which its head's
   * readouts also title: "Region", "Tatarstan").
   */
  private boolean isOwn(String place, ActorId own) {
    Optional<TheatreSide> side = kb.theatre().side(own);
    String country = side.map(s -> s.country().value()).orElse("");
    for (Alias a : kb.readings(place)) {
      if (a.entry() instanceof Actor actor && actor.id().equals(own)) {
        return true;
      }
      if (a.entry() instanceof org.parley.kb.Region r && r.id().country().equals(country)) {
        return true;
      }
    }
    return side.map(s -> s.subjects().isFoundIn(place)).orElse(false);
  }

  private static String slug(String surname) {
    String ascii = Normalizer.normalize(surname, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
  }
}
