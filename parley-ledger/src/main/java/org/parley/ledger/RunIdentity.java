package org.parley.ledger;

/**
 * Which extractor and knowledge base produced a claim set ("parley-extract 0.3.1", "kb
 * 2025-11-20"). A new identity re-extracting a document supersedes the earlier claim set; the same
 * identity on the same content is recorded once.
 */
public record RunIdentity(String extractor, String knowledgeBase) {
  public RunIdentity {
    if (extractor.isBlank() || knowledgeBase.isBlank()) {
      throw new IllegalArgumentException("a run names its extractor and knowledge base versions");
    }
  }

  /**
   * The identity an extractor's version string names: {@code
   * "parley-extract/rules-1+kb/2025-11-20"} → extractor {@code parley-extract/rules-1}, knowledge
   * base {@code kb/2025-11-20} ({@code -} when the version names none).
   */
  public static RunIdentity ofVersion(String version) {
    int kb = version.indexOf("+kb/");
    return kb < 0
        ? new RunIdentity(version, "-")
        : new RunIdentity(version.substring(0, kb), version.substring(kb + 1));
  }

  @Override
  public String toString() {
    return extractor + " / " + knowledgeBase;
  }
}
