package org.parley.extract.meeting;

import java.util.List;
import java.util.Set;
import org.parley.language.text.Word;

/**
 * The function words by which the participant rules read a sentence (prepositions, determiners,
 * support verbs, conjunctions ...), each set as the folded words it holds, and the small word
 * lookups the rules share.
 */
final class FunctionWords {
  /** Prepositions: a party after one is no subject. */
  static final Set<String> PREPOSITIONS =
      words(
          "with to from for against on by in of at between about over into toward towards "
              + "upon among without than during after before under across near via amid "
              + "following including like within");

  /** Determiners and possessives that open a noun phrase. */
  static final Set<String> DETERMINERS =
      words(
          "the a an their his her its our my this that these those every each another any "
              + "some your");

  /** Verbs whose subject takes part in the meeting their object names ("held talks"). */
  static final Set<String> SUPPORT_VERBS =
      words(
          "held hold holds holding had have has having conducted attended attend attends "
              + "attending joined join addressed address opened chaired part participated began "
              + "started completed concluded continued resumed arranged organised organized");

  /** Words that open a phrase about the main clause's subject ("during the talks"). */
  static final Set<String> CIRCUMSTANCES =
      words("during after at following before amid throughout since of");

  /** Words that open the complement naming whom a contact was with. */
  static final Set<String> COMPLEMENTS = words("with between among involving of from by to and");

  /** Words between a meeting word and its complement ("spoke by phone with"). */
  static final Set<String> ADVERBIALS =
      words(
          "by phone telephone video link via over again also separately yesterday today "
              + "earlier later recently twice briefly personally directly online");

  /** Words that end an object phrase. */
  static final Set<String> STOPS =
      words(
          "in at on during after before about regarding concerning over for which who "
              + "whom that where when while since via amid following within under without said "
              + "says told is was were are has have had will would could can did does do but "
              + "yet so because to than if whether as");

  /** Words that open a subordinate clause with a subject of its own. */
  static final Set<String> COMPLEMENTISERS = words("that who which whether whom whose if");

  /** Group nouns whose "of" or "from" names whom the group belongs to. */
  static final Set<String> GROUPS =
      words(
          "advisers advisors leaders delegations delegation representatives ministers "
              + "heads officials envoys negotiators diplomats teams presidents");

  /** Words after which a party may still be a subject. */
  static final Set<String> CONJUNCTIONS =
      words(
          "and but or then so also while when as after before since because that which "
              + "who where whereas although though once if meanwhile today yesterday now later "
              + "earlier both together along even only first finally however thus");

  /** Abbreviations whose full stop ends no sentence. */
  static final Set<String> ABBREVIATIONS = words("mr mrs ms dr st gen sen rep lt col prof jr");

  /** Nouns whose "to" names whom the envoy serves ("adviser to the President"). */
  static final Set<String> ENVOYS =
      words(
          "adviser advisers advisor advisors envoy envoys aide aides ambassador "
              + "ambassadors representative representatives");

  private FunctionWords() {}

  /** The set of the space-separated words of {@code list}. */
  static Set<String> words(String list) {
    return Set.of(list.split(" "));
  }

  /** The folded word at {@code k}, or "" outside the sentence. */
  static String key(List<Word> ws, int k) {
    return k < 0 || k >= ws.size() ? "" : ws.get(k).key();
  }
}
