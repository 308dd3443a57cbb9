package org.parley.language.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.kb.KnowledgeBase;
import org.parley.language.AnalyzedDocument;
import org.parley.language.Layers;
import org.parley.testkit.DocumentFixture;

/**
 * Mention finding on inline-annotated sentences we wrote. A spec is the kind, then the ids: PERSON
 * person holder; ACTOR holder; SOURCE holder-or-none; OUTLET canonical-name-with-_; REGION reading
 * region…; ROLE holder-or-none.
 */
class MentionFinderTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "[[Russia's Foreign Minister Sergey Lavrov|PERSON lavrov RUS]] spoke in [[Moscow|ACTOR RUS]].",
        "[[Head of the President's Office Andriy Yermak|PERSON yermak UKR]] met [[the White House|ACTOR USA]] team.",
        "[[Ukraine's president, Volodymyr Zelenskiy|PERSON zelensky UKR]], said the army held.",
        "[[The Luhansk regional governor, Serhiy Haidai|PERSON haidai UKR]], said on Wednesday that [[Haidai|PERSON haidai UKR]] would stay.",
        "[[A senior NATO defense official|SOURCE NATO]] said [[the Kremlin|ACTOR RUS]] was stalling.",
        "[[Western officials|SOURCE none]] expect a new push, [[sources familiar with the talks|SOURCE none]] told [[Reuters|OUTLET Reuters]].",
        "[[The Institute for the Study of War|OUTLET Institute_for_the_Study_of_War]] said [[Russian forces|ACTOR RUS]] advanced.",
        "Moscow wants [[the Kharkiv, Sumy, and Dnipropetrovsk regions|REGION GROUP UA-12 UA-59 UA-63]].",
        "Russia holds most of [[Donetsk, Kherson and Zaporizhzhia|REGION GROUP UA-14 UA-23 UA-65]].",
        "Shelling hit [[the city of Kharkiv|REGION CITY UA-63]] but [[the Kharkiv region|REGION REGION UA-63]] was calm.",
        "[[Kyiv|ACTOR UKR]] rejected the plan, [[officials in Kyiv|SOURCE none]] said.",
        "Talks were held in [[Kyiv|REGION CITY UA-30]], and [[Kyiv|ACTOR UKR]]'s proposal failed.",
        "[[Ukraine's foreign minister|ROLE UKR]] and [[Moscow's envoy|ROLE RUS]] met.",
        "[[The two presidents|ROLE none]] spoke, and [[Ukraine|ACTOR UKR]]'s officials agreed.",
        "Talks on [[the Donbas|REGION AGGREGATE UA-09 UA-14]] stalled; [[Bakhmut|REGION CITY UA-14]] fell.",
        "[[The Kremlin leader|ROLE RUS]] spoke to [[the US president|ROLE USA]].",
        "[[Russian-backed|ACTOR RUS]] fighters moved, and [[Ukrainian troops|ACTOR UKR]] withdrew.",
        "[[President of Turkey Recep Tayyip Erdoğan|PERSON erdogan TUR]] hosted the talks in Istanbul.",
        "The deal covered [[the Donetsk and Luhansk people's republics|REGION GROUP UA-09 UA-14]].",
        "Delegations met in [[Istanbul|REGION CITY TR-34]] and later in [[Geneva|REGION CITY CH-GE]].",
        "The summit in [[Alaska|REGION PLACE US-AK]] followed talks in [[Riyadh|REGION CITY SA-01]].",
        "Talks in [[Minsk|REGION CITY BY-HM]] failed, and [[Minsk|ACTOR BLR]] blamed Kyiv.",
        "[[Prosecutor General Kostin|PERSON kostin UKR]] opened a case.",
        "[[Andrei Kostin|PERSON andrei-kostin RUS]] of VTB met Putin; [[Kostin|PERSON andrei-kostin RUS]] spoke.",
        "[[Tass|OUTLET TASS]] and [[the AP|OUTLET Associated_Press]] reported it.",
        "[[Deputy Prime Minister Tatyana Golikova|PERSON golikova RUS]] spoke.",
        // people the knowledge base lacks: a reporting verb before the name, "of" a body, a
        // surname alone right after the quotation it speaks
        "The bridge will hold, said [[Oksana Vdovychenko|PERSON vdovychenko null]].",
        "[[Taras Hrytsenko|PERSON hrytsenko ICRC]] of the ICRC said the convoy was late.",
        "\"We are holding,\" [[Petrenko|PERSON petrenko null]] told reporters.",
        // bodies that speak for a party, with the party named, implied, or named before
        "[[Russia's defence ministry|ACTOR RUS]] denied it. Later [[the ministry|ACTOR RUS]] said so.",
        "[[The UK's Ministry of Defence|ACTOR GBR]] posted an update.",
        "[[Kherson city council|ACTOR UKR]] said the water was cut.",
        "The shelling went on. [[Russia|ACTOR RUS]] denied it. [[Its foreign ministry|ACTOR RUS]] spoke.",
        "[[NATO|ACTOR NATO]] met in Brussels. A deal was near, [[it|ACTOR NATO]] said.",
        // an official of a place of a party's territory
        "[[Odesa's governor|ROLE UKR]] confirmed the strike."
      })
  void findsTheAnnotatedMentions(String annotated) {
    AnnotatedSentences.Parsed p = AnnotatedSentences.parse(annotated);
    AnalyzedDocument doc =
        Layers.shared().analyze(DocumentFixture.withText("d", "2025-08-21", p.text()));
    for (AnnotatedSentences.Expected e : p.expected()) {
      Optional<Mention> found =
          doc.mentions().stream().filter(m -> m.span().equals(e.span())).findFirst();
      assertThat(found)
          .as(
              "mention '%s' in: %s; found %s",
              e.text(), p.text(), doc.mentions().stream().map(Mention::text).toList())
          .isPresent();
      assertThat(describe(found.get())).as(e.text()).isEqualTo(e.spec());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Senator Lindsey Graham of South Carolina declared the plan dead.",
        "A teacher from Western Ukraine said the school was shut."
      })
  void aNameAfterOfOrFromBeforeAReportingVerbIsAPlaceNotASpeaker(String text) {
    AnalyzedDocument doc =
        Layers.shared().analyze(DocumentFixture.withText("d", "2025-08-21", text));
    assertThat(doc.mentions())
        .filteredOn(PersonMention.class::isInstance)
        .noneMatch(m -> m.text().contains("Carolina") || m.text().contains("Western"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Talks were held in Istanbul.",
        "Leaders gathered at Bürgenstock.",
        "The summit was held in Anchorage, Alaska."
      })
  void marksAVenueAbroadAsAbroad(String text) {
    AnalyzedDocument doc =
        Layers.shared().analyze(DocumentFixture.withText("d", "2025-08-21", text));
    assertThat(doc.mentions())
        .filteredOn(RegionMention.class::isInstance)
        .isNotEmpty()
        .allSatisfy(
            m ->
                assertThat(((RegionMention) m).isAbroad(KnowledgeBase.loadDefault().theatre()))
                    .isTrue());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Shelling hit Kharkiv.", "Drones struck the Kursk region."})
  void aRegionOfTheTheatreIsNotAbroad(String text) {
    AnalyzedDocument doc =
        Layers.shared().analyze(DocumentFixture.withText("d", "2025-08-21", text));
    assertThat(doc.mentions())
        .filteredOn(RegionMention.class::isInstance)
        .isNotEmpty()
        .allSatisfy(
            m ->
                assertThat(((RegionMention) m).isAbroad(KnowledgeBase.loadDefault().theatre()))
                    .isFalse());
  }

  private static List<String> describe(Mention m) {
    return switch (m) {
      case PersonMention p -> List.of("PERSON", p.person().value(), String.valueOf(p.holder()));
      case ActorMention a -> List.of("ACTOR", a.holder().value());
      case SourceMention s -> List.of("SOURCE", s.holder() == null ? "none" : s.holder().value());
      case OutletMention o -> List.of("OUTLET", o.name().replace(' ', '_'));
      case RoleMention r -> List.of("ROLE", r.holder() == null ? "none" : r.holder().value());
      case RegionMention r -> {
        List<String> out = new java.util.ArrayList<>(List.of("REGION", r.reading().name()));
        r.regions().forEach(id -> out.add(id.value()));
        yield out;
      }
    };
  }
}
