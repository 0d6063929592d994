package dev.mom.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mom.testing.ModelGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded properties of the model types over {@link ModelGenerators}; every message names its seed. */
class ModelPropertiesTest {

  private static final String SEEDS = "dev.mom.testing.Seeds#seeds";

  @ParameterizedTest
  @MethodSource(SEEDS)
  void idRoundTripsThroughItsText(long seed) {
    Random random = new Random(seed);
    Id id = ModelGenerators.id(random);
    assertThat(Id.isValid(id.value())).as("seed " + seed).isTrue();
    assertThat(Id.of(id.value())).as("seed " + seed).isEqualTo(id).hasSameHashCodeAs(id);
    assertThat(Id.of(id.toString())).as("seed " + seed).isEqualTo(id);
    assertThat(id.value()).as("seed " + seed).hasSizeBetween(1, Id.MAX_LENGTH);
  }

  @ParameterizedTest
  @MethodSource(SEEDS)
  void functionRoundTripsThroughItsId(long seed) {
    Function function = ModelGenerators.function(new Random(seed));
    assertThat(Function.of(function.id())).as("seed " + seed).isEqualTo(function);
    assertThat(Function.of(function.toString())).as("seed " + seed).isEqualTo(function);
    assertThat(Function.of(function.id()).compareTo(function)).as("seed " + seed).isZero();
  }

  @ParameterizedTest
  @MethodSource(SEEDS)
  void focusAreaEqualsItsCopies(long seed) {
    FocusArea area = ModelGenerators.focusArea(new Random(seed));
    assertThat(FocusArea.copyOf(area)).as("seed " + seed).isEqualTo(area);
    assertThat(FocusArea.builder().from(area).build()).as("seed " + seed).isEqualTo(area).hasSameHashCodeAs(area);
    assertThat(area.withName(new String(area.name()))).as("seed " + seed).isEqualTo(area);
    assertThat(area.withDescription(area.description())).as("seed " + seed).isEqualTo(area);
    assertThat(FocusArea.of(area.id(), area.name()).withDescription(area.description()))
        .as("seed " + seed).isEqualTo(area);
  }

  @ParameterizedTest
  @MethodSource(SEEDS)
  void changeLevelEqualsItsCopies(long seed) {
    ChangeLevel level = ModelGenerators.changeLevel(new Random(seed));
    assertThat(level.rank()).as("seed " + seed).isPositive();
    assertThat(ChangeLevel.copyOf(level)).as("seed " + seed).isEqualTo(level);
    assertThat(ChangeLevel.builder().from(level).build()).as("seed " + seed).isEqualTo(level)
        .hasSameHashCodeAs(level);
    assertThat(level.withRank(level.rank()).withName(new String(level.name()))).as("seed " + seed).isEqualTo(level);
    assertThat(ChangeLevel.of(level.id(), level.name(), level.rank()).withDescription(level.description()))
        .as("seed " + seed).isEqualTo(level);
  }

  @ParameterizedTest
  @MethodSource(SEEDS)
  void scaleEqualsItsCopies(long seed) {
    Scale scale = ModelGenerators.scale(new Random(seed));
    assertThat(Scale.copyOf(scale)).as("seed " + seed).isEqualTo(scale);
    assertThat(Scale.builder().from(scale).build()).as("seed " + seed).isEqualTo(scale).hasSameHashCodeAs(scale);
    // a new list forces a new, re-validated instance
    Scale relabelled = scale.withLabels(new ArrayList<>(scale.labels()));
    assertThat(relabelled).as("seed " + seed).isEqualTo(scale).hasSameHashCodeAs(scale);
    assertThat(scale.withMin(scale.min()).withMax(scale.max())).as("seed " + seed).isEqualTo(scale);
    for (ScaleLabel label : scale.labels()) {
      assertThat(scale.contains(label.value())).as("seed " + seed + ", label " + label).isTrue();
      assertThat(ScaleLabel.builder().from(label).build()).as("seed " + seed).isEqualTo(label);
    }
  }

  @ParameterizedTest
  @MethodSource(SEEDS)
  void scaleLabelEqualsItsCopies(long seed) {
    ScaleLabel label = ModelGenerators.scaleLabel(new Random(seed));
    assertThat(ScaleLabel.copyOf(label)).as("seed " + seed).isEqualTo(label);
    assertThat(ScaleLabel.of(label.value(), new String(label.label()))).as("seed " + seed).isEqualTo(label)
        .hasSameHashCodeAs(label);
  }

  @ParameterizedTest
  @MethodSource(SEEDS)
  void normaliseIsWithinZeroAndOneAndHitsBothEnds(long seed) {
    Random random = new Random(seed);
    Scale scale = ModelGenerators.scale(random);
    assertThat(scale.range()).as("seed " + seed + ", " + scale).isPositive().isFinite();
    assertThat(scale.normalise(scale.min())).as("seed " + seed + ", " + scale).isEqualTo(0.0);
    assertThat(scale.normalise(scale.max())).as("seed " + seed + ", " + scale).isEqualTo(1.0);
    for (int i = 0; i < 20; i++) {
      double value = ModelGenerators.valueOn(random, scale);
      double normalised = scale.normalise(value);
      // compared with >= and <= so that -0.0 would count as 0 here; its sign is tested separately
      assertThat(normalised >= 0.0 && normalised <= 1.0)
          .as("seed " + seed + ", " + scale + ", normalise(" + value + ") = " + normalised).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource(SEEDS)
  void normaliseIsMonotone(long seed) {
    Random random = new Random(seed);
    Scale scale = ModelGenerators.scale(random);
    for (int i = 0; i < 20; i++) {
      double a = ModelGenerators.valueOn(random, scale);
      double b = ModelGenerators.valueOn(random, scale);
      double low = Math.min(a, b);
      double high = Math.max(a, b);
      assertThat(scale.normalise(low) <= scale.normalise(high))
          .as("seed " + seed + ", " + scale + ": normalise(" + low + ") = " + scale.normalise(low)
              + " > normalise(" + high + ") = " + scale.normalise(high))
          .isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource(SEEDS)
  void periodEqualsItsCopiesAndContainsItsEnds(long seed) {
    Period period = ModelGenerators.period(new Random(seed));
    assertThat(Period.copyOf(period)).as("seed " + seed).isEqualTo(period);
    assertThat(Period.builder().from(period).build()).as("seed " + seed).isEqualTo(period)
        .hasSameHashCodeAs(period);
    assertThat(Period.of(period.start(), period.end()).withLabel(period.label())).as("seed " + seed)
        .isEqualTo(period);
    assertThat(period.contains(period.start())).as("seed " + seed).isTrue();
    assertThat(period.contains(period.end())).as("seed " + seed).isTrue();
    assertThat(period.isWithin(period)).as("seed " + seed).isTrue();
  }

  @ParameterizedTest
  @MethodSource(SEEDS)
  void containsIsConsistentWithIsWithin(long seed) {
    Random random = new Random(seed);
    Period outer = ModelGenerators.period(random);
    Period inner = random.nextBoolean() ? ModelGenerators.period(random) : subPeriod(random, outer);
    // isWithin agrees with contains on both ends ...
    assertThat(inner.isWithin(outer)).as("seed " + seed + ", " + inner + " in " + outer)
        .isEqualTo(outer.contains(inner.start()) && outer.contains(inner.end()));
    // ... and with contains on every day: a one-day period is within exactly when its day is contained
    for (int i = 0; i < 10; i++) {
      LocalDate day = i % 2 == 0 ? ModelGenerators.day(random) : dayIn(random, inner);
      assertThat(Period.of(day, day).isWithin(outer)).as("seed " + seed + ", " + day + " in " + outer)
          .isEqualTo(outer.contains(day));
      if (inner.isWithin(outer) && inner.contains(day)) {
        assertThat(outer.contains(day)).as("seed " + seed + ", " + day + " in " + inner + " in " + outer).isTrue();
      }
    }
    if (!inner.isWithin(outer)) {
      assertThat(outer.contains(inner.start()) && outer.contains(inner.end()))
          .as("seed " + seed + ", " + inner + " not in " + outer).isFalse();
    }
  }

  private static Period subPeriod(Random random, Period outer) {
    LocalDate a = dayIn(random, outer);
    LocalDate b = dayIn(random, outer);
    return a.isAfter(b) ? Period.of(b, a) : Period.of(a, b);
  }

  private static LocalDate dayIn(Random random, Period period) {
    long days = period.end().toEpochDay() - period.start().toEpochDay();
    return period.start().plusDays((long) (random.nextDouble() * (days + 1)));
  }

  @ParameterizedTest
  @MethodSource(SEEDS)
  void organisationEqualsItsCopies(long seed) {
    Organisation org = ModelGenerators.organisation(new Random(seed));
    assertThat(Organisation.copyOf(org)).as("seed " + seed).isEqualTo(org);
    assertThat(Organisation.builder().from(org).build()).as("seed " + seed).isEqualTo(org).hasSameHashCodeAs(org);
    Organisation copy = org.withFunctions(new ArrayList<>(org.functions()));
    assertThat(copy).as("seed " + seed).isEqualTo(org).hasSameHashCodeAs(org);
    assertThat(org.withName(new String(org.name())).withSector(org.sector()).withFounded(org.founded()))
        .as("seed " + seed).isEqualTo(org);
    for (Function function : org.functions()) {
      assertThat(org.hasFunction(function)).as("seed " + seed + ", " + function).isTrue();
    }
    org.founded().ifPresent(year -> assertThat(year).as("seed " + seed).isBetween(1000, 9999));
    org.employees().ifPresent(n -> assertThat(n).as("seed " + seed).isPositive());
    org.customers().ifPresent(n -> assertThat(n).as("seed " + seed).isNotNegative());
    org.partners().ifPresent(n -> assertThat(n).as("seed " + seed).isNotNegative());
  }

  @ParameterizedTest
  @MethodSource(SEEDS)
  void memberAndTeamEqualTheirCopies(long seed) {
    Random random = new Random(seed);
    Member member = ModelGenerators.member(random);
    assertThat(Member.copyOf(member)).as("seed " + seed).isEqualTo(member);
    assertThat(Member.builder().from(member).build()).as("seed " + seed).isEqualTo(member)
        .hasSameHashCodeAs(member);
    assertThat(Member.of(member.id(), member.function()).withTitle(member.title())).as("seed " + seed)
        .isEqualTo(member);
    Team team = ModelGenerators.team(random);
    assertThat(Team.copyOf(team)).as("seed " + seed).isEqualTo(team);
    assertThat(Team.builder().from(team).build()).as("seed " + seed).isEqualTo(team).hasSameHashCodeAs(team);
    assertThat(team.withMembers(new ArrayList<>(team.members()))).as("seed " + seed).isEqualTo(team);
    assertThat(team.withRole(team.role()).withFocusArea(team.focusArea())).as("seed " + seed).isEqualTo(team);
  }

  @ParameterizedTest
  @MethodSource(SEEDS)
  void transformationEqualsItsCopiesAndItsMembersBelongToTheOrganisation(long seed) {
    Transformation t = ModelGenerators.transformation(new Random(seed));
    assertThat(Transformation.copyOf(t)).as("seed " + seed).isEqualTo(t);
    assertThat(Transformation.builder().from(t).build()).as("seed " + seed).isEqualTo(t).hasSameHashCodeAs(t);
    assertThat(t.withTeams(new ArrayList<>(t.teams()))).as("seed " + seed).isEqualTo(t);
    assertThat(t.withOrganisation(Organisation.builder().from(t.organisation()).build())).as("seed " + seed)
        .isEqualTo(t);
    assertThat(t.withPeriod(t.period()).withDescription(t.description())).as("seed " + seed).isEqualTo(t);
    for (Team team : t.teams()) {
      for (Member member : team.members()) {
        assertThat(t.organisation().hasFunction(member.function()))
            .as("seed " + seed + ", " + team.id() + "/" + member.id()).isTrue();
      }
    }
  }
}
