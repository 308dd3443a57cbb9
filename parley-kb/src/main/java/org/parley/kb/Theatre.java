package org.parley.kb;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;
import org.parley.model.ProvisionType;
import org.parley.model.RegionId;

/**
 * The conflict whose claims Parley reads, as the knowledge base's {@code theatre} and {@code side}
 * lines give it: its sides in the order reports list them, the contested country whose whole
 * territory a figure means by "the country", the parties besides the sides whose stance on joining
 * an alliance speaks of the contested country's bid, who gains from a provision by default, and the
 * words that tell a document is about the conflict. Facts of one war kept as data, so that another
 * conflict is another file. Immutable and thread-safe.
 *
 * @param sides the sides, in listing order (at least two)
 * @param contested the contested country ({@code UA})
 * @param allianceVoices parties besides the sides whose alliance stances concern the contested
 *     country
 * @param beneficiaries who gains from a provision of a type when the text names nobody
 * @param namedBeneficiaries who gains from a provision of a type when its text names them
 * @param ownInterests for a provision type, the party for whom it is its own interest: that party
 *     offering it asks for it
 * @param warAims the party whose declared war aims the conflict's fixed formula names
 * @param relevanceSide the side whose naming marks a document as about the conflict
 * @param conflictWords words of the conflict and its diplomacy (any case)
 * @param warWords words of the war itself, its front and its diplomacy (any case)
 */
public record Theatre(
    String id,
    String name,
    List<TheatreSide> sides,
    RegionId contested,
    Set<ActorId> allianceVoices,
    Map<ProvisionType, ActorId> beneficiaries,
    Map<ProvisionType, ActorId> namedBeneficiaries,
    Map<ProvisionType, ActorId> ownInterests,
    ActorId warAims,
    ActorId relevanceSide,
    TheatreWords conflictWords,
    TheatreWords warWords) {
  public Theatre {
    sides = List.copyOf(sides);
    Objects.requireNonNull(contested, "contested");
    allianceVoices = Set.copyOf(allianceVoices);
    beneficiaries = copy(beneficiaries);
    namedBeneficiaries = copy(namedBeneficiaries);
    ownInterests = copy(ownInterests);
    if (sides.size() < 2) {
      throw new IllegalArgumentException("a theatre needs at least two sides");
    }
    ActorId relevant = relevanceSide;
    if (sides.stream().noneMatch(s -> s.principal().equals(relevant))) {
      throw new IllegalArgumentException("relevance side " + relevant + " is not a side");
    }
    String country = contested.country();
    if (sides.stream().noneMatch(s -> s.country().value().equals(country))) {
      throw new IllegalArgumentException("contested country " + contested + " is no side's");
    }
  }

  /** The side whose principal is {@code principal}. */
  public Optional<TheatreSide> side(ActorId principal) {
    return sides.stream().filter(s -> s.principal().equals(principal)).findFirst();
  }

  /** The side {@code actor} belongs to, as principal or ally. */
  public Optional<TheatreSide> sideOf(ActorId actor) {
    return sides.stream().filter(s -> s.includes(actor)).findFirst();
  }

  /** The principals of the sides, in listing order ({@code RUS}, {@code UKR}). */
  public List<ActorId> principals() {
    return sides.stream().map(TheatreSide::principal).toList();
  }

  /** Whether {@code actor} is a side's principal: a belligerent state. */
  public boolean isPrincipal(ActorId actor) {
    return side(actor).isPresent();
  }

  /** Whether {@code actor} is a side's ally (a self-proclaimed entity fighting with it). */
  public boolean isAlly(ActorId actor) {
    return sides.stream().anyMatch(s -> s.allies().contains(actor));
  }

  /** The principal of the side whose state's country is {@code country} ({@code UA} → UKR). */
  public Optional<ActorId> principalOf(String country) {
    return sideIn(country).map(TheatreSide::principal);
  }

  /** Whether {@code region} lies in a side's country: territory of the theatre, not abroad. */
  public boolean isInTheatre(RegionId region) {
    return sideIn(region.country()).isPresent();
  }

  /** The side whose country is contested ({@code UKR}). */
  public TheatreSide contestedSide() {
    return sideIn(contested.country()).orElseThrow();
  }

  /** The side whose naming marks a document as about the conflict. */
  public TheatreSide relevant() {
    return side(relevanceSide).orElseThrow();
  }

  /** Whether {@code actor}'s stance on joining an alliance concerns the contested country. */
  public boolean isAllianceVoice(ActorId actor) {
    return isPrincipal(actor) || allianceVoices.contains(actor);
  }

  /** Who gains from a provision of {@code type} when the text names nobody. */
  public Optional<ActorId> beneficiary(ProvisionType type) {
    return Optional.ofNullable(beneficiaries.get(type));
  }

  /** Who gains from a provision of {@code type} when its text names them. */
  public Optional<ActorId> namedBeneficiary(ProvisionType type) {
    return Optional.ofNullable(namedBeneficiaries.get(type));
  }

  /** Whether a provision of {@code type} is {@code holder}'s own interest; false for nobody. */
  public boolean isOwnInterest(ProvisionType type, @Nullable ActorId holder) {
    ActorId owner = ownInterests.get(type);
    return owner != null && owner.equals(holder);
  }

  private Optional<TheatreSide> sideIn(String country) {
    return sides.stream().filter(s -> s.country().value().equals(country)).findFirst();
  }

  private static Map<ProvisionType, ActorId> copy(Map<ProvisionType, ActorId> m) {
    return m.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(m));
  }
}
