package org.parley.language.mention;

import java.util.Arrays;
import java.util.Set;

/** The closed word classes that mention finding reads (lower-case keys). */
final class Lexicon {
  /** Nouns that head a role phrase ("Foreign Minister", "regional governor", "spokeswoman"). */
  static final Set<String> ROLE_HEADS =
      words(
          """
          president minister premier chancellor secretary spokesman spokeswoman spokesperson
          governor mayor head chief leader adviser advisor aide ambassador envoy commander
          chairman chairwoman chair speaker representative commissioner ombudsman director
          negotiator official diplomat prosecutor king queen prince pope patriarch monarch emir
          lawmaker senator congressman congresswoman legislator politician administrator colonel
          captain lieutenant councillor councilor ceo founder analyst expert researcher fellow
          journalist correspondent editor observer presidents leaders officials source sources
          diplomats aides negotiators ministers spokesmen
          """);

  /** Words that may stand inside a role phrase before or between heads. */
  static final Set<String> ROLE_WORDS =
      words(
          """
          vice prime foreign defence defense deputy first senior former acting interim special
          press presidential regional military national security state affairs office council
          general staff interior economy finance top executive permanent assistant joint chiefs
          armed forces ministry department committee affairs social policy justice health energy
          infrastructure digital transformation reintegration temporarily occupied territories
          european integration euro-atlantic human rights children's children intelligence service
          air force navy army ground southern northern eastern western operational command defense
          research international institute studies strategic war delegation faction party republic
          federation union nations united commission parliament duma administration white house
          kremlin president's presidency government cabinet ministers mission policy public
          information communications media relations
          """);

  /** Small words that may join the parts of a role phrase. */
  static final Set<String> CONNECTORS =
      words(
          """
          of the for to and on in at
          """);

  /** Nouns after a party adjective that make it a mention of the party ("Russian forces"). */
  static final Set<String> GROUP_NOUNS =
      words(
          """
          forces force troops army military soldiers units government authorities side delegation
          negotiators leadership regime administration federation navy ministry parliament
          lawmakers state separatists occupiers invaders units artillery strikes shelling
          offensive invasion occupation advance advances army's military's command defence defense
          diplomacy officials team mission proxies
          """);

  /**
   * Nouns that head the name of a body that speaks for a party ("the ministry", "city council").
   */
  static final Set<String> BODY_HEADS =
      words(
          """
          ministry council agency committee department command mission embassy regiment brigade
          headquarters inspectorate prosecutor's
          """);

  /** Words that may stand before a body's head ("city council", "general staff"). */
  static final Set<String> BODY_FIELDS =
      words(
          """
          city town village district municipal local regional oblast military civil civilian
          emergency emergencies atomic nuclear energy intelligence border guard guards coast
          operational strategic humanitarian statistics statistical investigative
          """);

  /** Fields a ministry is named for between a party adjective and "ministry". */
  static final Set<String> MINISTRY_FIELDS =
      words(
          """
          foreign defence defense interior justice economy finance energy emergencies
          """);

  /** Second halves of compounds that make a party adjective a mention ("Russian-held"). */
  static final Set<String> COMPOUND_PARTS =
      words(
          """
          controlled held occupied backed installed annexed led allied appointed supported run
          imposed
          """);

  /** Nouns that head an unnamed-source phrase. */
  static final Set<String> SOURCE_HEADS =
      words(
          """
          official officials source sources diplomat diplomats insider insiders aide aides person
          people spokesman spokeswoman spokesperson negotiator negotiators
          """);

  /** Words that may modify a source head ("a senior NATO defense official"). */
  static final Set<String> SOURCE_MODIFIERS =
      words(
          """
          senior top high-ranking high ranking former current western european military defense
          defence intelligence administration government security diplomatic ministry foreign
          state department anonymous unnamed knowledgeable informed well-placed local regional
          other several two three four five some many multiple more white house congressional u.s.
          us allied ukrainian russian american british french german nato eu kremlin pentagon one
          biden trump officials' western-backed city police military- policy presidential cabinet
          palace embassy
          """);

  /** Determiners that open an unnamed-source phrase. */
  static final Set<String> SOURCE_OPENERS =
      words(
          """
          a an one two three four five several some many other
          """);

  /** Words that start a post-modifier of a source head, with the word that must follow. */
  static final Set<String> SOURCE_POST =
      words(
          """
          familiar close with briefed involved in at from inside
          """);

  /** Prepositions after which a name reads as a place rather than a party ("in Kyiv"). */
  static final Set<String> LOCATIVE =
      words(
          """
          in near around outside into at from across throughout inside within over toward towards
          through
          """);

  /** Words that, before "of", make a following country a territory ("all of", "percent of"). */
  static final Set<String> PARTITIVE =
      words(
          """
          all parts part percent % territory territories regions east south north west rest much
          most half third quarter share area map soil city cities occupation sovereignty integrity
          borders border control invasion fraction whole
          """);

  /** Heads distributed over a coordinated list ("the Kharkiv, Sumy and Dnipropetrovsk regions"). */
  static final Set<String> LIST_HEADS =
      words(
          """
          regions oblasts provinces republics
          """);

  /** Titles before a surname that confirm a person reading ("Mr", "Mrs"). */
  static final Set<String> HONORIFICS =
      words(
          """
          mr mrs ms dr sir madam mr.
          """);

  /** Single-word surnames in the knowledge base that are also common English words. */
  static final Set<String> WEAK_SURNAMES =
      words(
          """
          price miller burns brown store waltz truss carpenter graham turk costa marin russell
          wallace austin francis pavel kim rau kos sherman harris johnson cameron sullivan bennett
          michel leo wang qin xi lula fedorov tymoshenko sanchez driscoll whitaker kirill maurer
          schmid griffiths karis akar kalin
          """);

  private Lexicon() {}

  /** The white-space separated words of a text block, as a set. */
  private static Set<String> words(String block) {
    return Set.copyOf(Arrays.asList(block.strip().split("\\s+")));
  }
}
