package org.parley.model;

/** What a demand, offer or rejection is about: the contract's closed list of provision types. */
public enum ProvisionType {
  TERRITORY_CEDE("territory.cede", "hand over regions"),
  TERRITORY_WITHDRAW("territory.withdraw", "withdraw forces from regions"),
  TERRITORY_FREEZE("territory.freeze", "freeze the front line"),
  TERRITORY_RETURN("territory.return", "give back captured territory"),
  TERRITORY_RECOGNIZE("territory.recognize", "recognise sovereignty over regions"),
  CEASEFIRE("ceasefire", "halt hostilities"),
  ALLIANCE_NATO("alliance.nato", "Ukraine's NATO membership"),
  ALLIANCE_EU("alliance.eu", "Ukraine's EU membership"),
  TROOPS_FOREIGN("troops.foreign", "foreign troops or peacekeepers in Ukraine"),
  SECURITY_GUARANTEES("security.guarantees", "security guarantees for Ukraine"),
  MILITARY_LIMITS("military.limits", "caps on an army's size or arms"),
  NEUTRALITY("neutrality", "neutral, non-aligned status"),
  SANCTIONS("sanctions", "lifting sanctions"),
  RIGHTS_LANGUAGE("rights.language", "rights of Russian speakers, language, church"),
  SECURITY_INTERESTS("security.interests", "a party's security interests"),
  GOVERNANCE("governance", "elections, government, constitution"),
  PRISONERS("prisoners", "exchange of prisoners or deported people"),
  ASSETS("assets", "frozen assets, reparations, economic deals"),
  TALKS("talks", "holding talks"),
  OTHER("other", "anything else");

  private final String code;
  private final String description;

  ProvisionType(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /** The contract's spelling: {@code territory.cede}, {@code alliance.nato}, … */
  public String code() {
    return code;
  }

  /** A short phrase for tables and briefings. */
  public String description() {
    return description;
  }

  /** Whether this type moves or fixes territory (the {@code territory.*} family). */
  public boolean isTerritorial() {
    return code.startsWith("territory.");
  }

  public static ProvisionType fromCode(String code) {
    for (ProvisionType t : values()) {
      if (t.code.equals(code)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown provision type '" + code + "'");
  }
}
