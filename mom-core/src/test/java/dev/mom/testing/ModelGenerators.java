package dev.mom.testing;

import dev.mom.model.ChangeLevel;
import dev.mom.model.ChangeLevels;
import dev.mom.model.FocusArea;
import dev.mom.model.FocusAreas;
import dev.mom.model.Function;
import dev.mom.model.Id;
import dev.mom.model.Member;
import dev.mom.model.Organisation;
import dev.mom.model.Period;
import dev.mom.model.Scale;
import dev.mom.model.ScaleLabel;
import dev.mom.model.Team;
import dev.mom.model.TeamRole;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Generators of random, <em>valid</em> MOM model and playbook values for seeded property tests: every
 * method takes a {@link Random} and returns a value that builds without an exception and also meets the
 * Jakarta field constraints declared on its accessors (so a value can be written to JSON and read back).
 *
 * <p>The values lean on edge cases on purpose: ids of length 1 and {@value Id#MAX_LENGTH}; optional
 * attributes present and absent; empty lists; extreme but finite doubles (scales as wide as
 * {@link Double#MAX_VALUE} or as narrow as one ulp, bounds of {@code -0.0} and subnormals); {@code int}
 * bounds; one-day periods and the ends of the four-digit years; and text with quotes, backslashes, control
 * characters, emoji, right-to-left scripts and combining marks. Text never contains unpaired surrogates
 * (they cannot be encoded in UTF-8) and is never blank.
 *
 * <p>Use with {@link Seeds#seeds()}: build {@code new Random(seed)} and call the generators in a fixed
 * order; the same seed gives the same values on every run and machine. Shared with mom-json through
 * mom-core's test-jar. Stateless and thread-safe (the {@code Random} is the caller's).
 */
public final class ModelGenerators {

  private static final String ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789._-";

  /** Pieces of awkward text; each is non-blank, valid UTF-16 and a complete grapheme run. */
  private static final List<String> AWKWARD = List.of(
      "\"", "'", "\\", "\\\"", "\\u0041", "/", "</script>", "${x}", "{}", "[]", ",", ":", "%s", "&amp;",
      "\t", "\n", "\r\n", "\u0000", "\u001f", "\u007f", "\u00a0", "\u2028", "\u2029", "\ufeff",
      "😀", "👩🏽‍💻", "🇹🇷", "𝔐", "é", "e\u0301", "ß", "İ", "ı", "Ğ", "ş",
      "Müşteri Odaklı Mikro", "Mikro Yazılım", "مرحبا", "שלום", "\u202eRTL override\u202c", "\u200f", "日本語",
      "    ", "null", "true", "0", "-0.0", "NaN", "1e309");

  private static final List<String> PLAIN = List.of(
      "Sales", "Engineering", "Task force", "Advisory board", "Listen & Tell", "Product 2.0", "Survey wave",
      "Customer-centric", "MOM agents", "Roadmap", "Q3", "Strategy 2021", "x");

  private ModelGenerators() {}

  // ---------------------------------------------------------------------------------------------- ids

  /**
   * A random valid {@link Id}: 1 to {@value Id#MAX_LENGTH} characters from {@code a-z 0-9 . _ -}, with the
   * lengths 1 and {@value Id#MAX_LENGTH} and ids made only of punctuation (such as {@code "."} or
   * {@code "--"}) more often than chance would give them.
   *
   * @param random the source of randomness; not null
   * @return a valid id
   */
  public static Id id(Random random) {
    int length;
    switch (random.nextInt(8)) {
      case 0:
        length = 1;
        break;
      case 1:
        length = Id.MAX_LENGTH;
        break;
      case 2:
        length = 1 + random.nextInt(Id.MAX_LENGTH);
        break;
      default:
        length = 1 + random.nextInt(16);
    }
    String alphabet = random.nextInt(16) == 0 ? "._-" : ID_CHARS;
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return Id.of(text.toString());
  }

  /**
   * {@code count} distinct random ids, in random order.
   *
   * @param random the source of randomness; not null
   * @param count how many ids, 0 or more
   * @return a mutable list of {@code count} distinct ids
   */
  public static List<Id> distinctIds(Random random, int count) {
    Set<Id> ids = new LinkedHashSet<>();
    while (ids.size() < count) {
      ids.add(id(random));
    }
    return new ArrayList<>(ids);
  }

  // --------------------------------------------------------------------------------------------- text

  /**
   * A random non-blank text: plain words, or a mix of awkward pieces (quotes, backslashes, control
   * characters, line and paragraph separators, emoji with modifiers and joiners, flags, right-to-left
   * scripts and overrides, combining marks, Turkish letters) around at least one letter, with leading and
   * trailing spaces at times. Never blank by {@link String#isBlank()} nor by Jakarta's {@code @NotBlank}.
   *
   * @param random the source of randomness; not null
   * @return a non-blank text
   */
  public static String text(Random random) {
    if (random.nextInt(3) == 0) {
      return PLAIN.get(random.nextInt(PLAIN.size()));
    }
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(5);
    int letterAt = random.nextInt(pieces + 1);
    for (int i = 0; i <= pieces; i++) {
      if (i == letterAt) {
        text.append(PLAIN.get(random.nextInt(PLAIN.size())));
      } else {
        text.append(AWKWARD.get(random.nextInt(AWKWARD.size())));
      }
    }
    if (random.nextInt(8) == 0) {
      // a long text, to exercise buffers of writers and readers
      String piece = text.toString();
      text.append(piece.repeat(1 + random.nextInt(200)));
    }
    return text.toString();
  }

  /**
   * Present with probability one half.
   *
   * @param random the source of randomness; not null
   * @return either {@code Optional.of(text(random))} or empty
   */
  public static Optional<String> optionalText(Random random) {
    return random.nextBoolean() ? Optional.of(text(random)) : Optional.empty();
  }

  // ----------------------------------------------------------------------------------------- functions

  /**
   * A random {@link Function}: a well-known constant half the time, else a function with a random id.
   *
   * @param random the source of randomness; not null
   * @return a function
   */
  public static Function function(Random random) {
    if (random.nextBoolean()) {
      List<Function> known = Function.wellKnown();
      return known.get(random.nextInt(known.size()));
    }
    return Function.of(id(random));
  }

  /**
   * Up to {@code max} distinct random functions (possibly none), in random order.
   *
   * @param random the source of randomness; not null
   * @param max the most functions to return, 0 or more
   * @return a mutable list of distinct functions
   */
  public static List<Function> distinctFunctions(Random random, int max) {
    int count = max == 0 ? 0 : random.nextInt(max + 1);
    Set<Function> functions = new LinkedHashSet<>();
    while (functions.size() < count) {
      functions.add(function(random));
    }
    return new ArrayList<>(functions);
  }

  // -------------------------------------------------------------------------- focus areas and levels

  /**
   * A random valid {@link FocusArea}, with or without a description; at times one of the four defaults.
   *
   * @param random the source of randomness; not null
   * @return a focus area
   */
  public static FocusArea focusArea(Random random) {
    if (random.nextInt(8) == 0) {
      return FocusAreas.defaults().get(random.nextInt(FocusAreas.defaults().size()));
    }
    return focusArea(random, id(random));
  }

  private static FocusArea focusArea(Random random, Id id) {
    return FocusArea.builder().id(id).name(text(random)).description(optionalText(random)).build();
  }

  /**
   * A random valid {@link ChangeLevel}: a rank from 1 to {@link Integer#MAX_VALUE} (both bounds included
   * now and then), with or without a description; at times one of the four defaults.
   *
   * @param random the source of randomness; not null
   * @return a level
   */
  public static ChangeLevel changeLevel(Random random) {
    if (random.nextInt(8) == 0) {
      return ChangeLevels.defaults().get(random.nextInt(ChangeLevels.defaults().size()));
    }
    return changeLevel(random, id(random), rank(random));
  }

  private static ChangeLevel changeLevel(Random random, Id id, int rank) {
    return ChangeLevel.builder().id(id).name(text(random)).rank(rank).description(optionalText(random)).build();
  }

  private static int rank(Random random) {
    switch (random.nextInt(6)) {
      case 0:
        return 1;
      case 1:
        return Integer.MAX_VALUE;
      case 2:
        return 1 + random.nextInt(Integer.MAX_VALUE);
      default:
        return 1 + random.nextInt(10);
    }
  }

  // ------------------------------------------------------------------------------------------- scales

  /**
   * A random valid {@link ScaleLabel}: any finite value (including {@code ±0.0}, subnormals and
   * {@code ±Double.MAX_VALUE}) and a non-blank text.
   *
   * @param random the source of randomness; not null
   * @return a label
   */
  public static ScaleLabel scaleLabel(Random random) {
    return ScaleLabel.of(finiteDouble(random), text(random));
  }

  /**
   * A random valid {@link Scale}: {@code min < max} with a finite width, drawn from everyday scales (1–5,
   * 0–10, 0–1), random bounds, and extreme ones (width close to {@link Double#MAX_VALUE}, width of one
   * ulp, subnormal or {@code -0.0} bounds); with no labels or with labels on distinct points of the scale
   * (always including the bounds when there are several), in random order.
   *
   * @param random the source of randomness; not null
   * @return a scale
   */
  public static Scale scale(Random random) {
    double min;
    double max;
    switch (random.nextInt(10)) {
      case 0:
        min = 1;
        max = 5;
        break;
      case 1:
        min = 0;
        max = random.nextBoolean() ? 1 : 10;
        break;
      case 2: // as wide as a finite width allows
        min = -Double.MAX_VALUE / 2;
        max = Double.MAX_VALUE / 2;
        break;
      case 3: // from the most negative double up to 0
        min = -Double.MAX_VALUE;
        max = random.nextBoolean() ? 0.0 : Double.MIN_VALUE;
        break;
      case 4: { // one ulp wide
        min = finiteDouble(random);
        if (min == Double.MAX_VALUE) {
          min = Math.nextDown(min);
        }
        max = Math.nextUp(min);
        break;
      }
      case 5: // subnormal and signed-zero bounds
        min = random.nextBoolean() ? -0.0 : 0.0;
        max = random.nextBoolean() ? Double.MIN_VALUE : Double.MIN_NORMAL;
        break;
      default: {
        double a = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(13) - 3);
        double b = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(13) - 3);
        if (a == b) {
          b = Math.nextUp(a);
        }
        min = Math.min(a, b);
        max = Math.max(a, b);
      }
    }
    Scale.Builder builder = Scale.builder().min(min).max(max);
    int labels = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(6);
    if (labels > 0) {
      List<Double> points = new ArrayList<>();
      Set<Double> seen = new HashSet<>();
      if (labels > 1) {
        addPoint(points, seen, min);
        addPoint(points, seen, max);
      }
      for (int tries = 0; points.size() < labels && tries < 4 * labels; tries++) {
        addPoint(points, seen, pointOn(random, min, max));
      }
      Collections.shuffle(points, random);
      for (double point : points) {
        builder.addLabel(ScaleLabel.of(point, text(random)));
      }
    }
    return builder.build();
  }

  private static void addPoint(List<Double> points, Set<Double> seen, double point) {
    if (seen.add(point + 0.0)) { // + 0.0 folds -0.0 into 0.0: they are one point of the scale
      points.add(point);
    }
  }

  /**
   * A random value on a scale, the bounds included: {@code min}, {@code max}, or a point between them.
   *
   * @param random the source of randomness; not null
   * @param scale the scale; not null
   * @return a value {@code v} with {@code scale.contains(v)}
   */
  public static double valueOn(Random random, Scale scale) {
    return pointOn(random, scale.min(), scale.max());
  }

  private static double pointOn(Random random, double min, double max) {
    switch (random.nextInt(6)) {
      case 0:
        return min;
      case 1:
        return max;
      case 2:
        return Math.nextUp(min) <= max ? Math.nextUp(min) : max;
      default:
        double v = min + random.nextDouble() * (max - min);
        return Math.max(min, Math.min(max, v)); // rounding may step over a bound
    }
  }

  private static double finiteDouble(Random random) {
    switch (random.nextInt(10)) {
      case 0:
        return 0.0;
      case 1:
        return -0.0;
      case 2:
        return random.nextBoolean() ? Double.MAX_VALUE : -Double.MAX_VALUE;
      case 3:
        return random.nextBoolean() ? Double.MIN_VALUE : -Double.MIN_NORMAL;
      case 4:
        return 1 + random.nextInt(10);
      case 5: { // any finite bit pattern
        double d;
        do {
          d = Double.longBitsToDouble(random.nextLong());
        } while (!Double.isFinite(d));
        return d;
      }
      default:
        return (random.nextDouble() - 0.5) * 200;
    }
  }

  // ------------------------------------------------------------------------------------------ periods

  /**
   * A random valid {@link Period} between the years 0001 and 9999: a calendar year from
   * {@link Period#year(int)}, a single day, or a span of up to a few years; with or without a label.
   *
   * @param random the source of randomness; not null
   * @return a period
   */
  public static Period period(Random random) {
    switch (random.nextInt(6)) {
      case 0:
        return Period.year(random.nextBoolean() ? 1 + random.nextInt(9999) : 2019 + random.nextInt(4));
      case 1: {
        LocalDate day = day(random);
        return Period.builder().start(day).end(day).label(optionalText(random)).build();
      }
      default: {
        LocalDate start = day(random);
        LocalDate last = LocalDate.of(9999, 12, 31);
        long room = last.toEpochDay() - start.toEpochDay();
        long length = Math.min(room, random.nextInt(4 * 366));
        return Period.builder().start(start).end(start.plusDays(length)).label(optionalText(random)).build();
      }
    }
  }

  /**
   * A random day between 0001-01-01 and 9999-12-31, the two ends and 29 February included now and then.
   *
   * @param random the source of randomness; not null
   * @return a day
   */
  public static LocalDate day(Random random) {
    switch (random.nextInt(8)) {
      case 0:
        return LocalDate.of(1, 1, 1);
      case 1:
        return LocalDate.of(9999, 12, 31);
      case 2:
        return LocalDate.of(2020, 2, 29);
      case 3:
        return LocalDate.ofEpochDay(LocalDate.of(1, 1, 1).toEpochDay()
            + (long) (random.nextDouble() * (LocalDate.of(9999, 12, 31).toEpochDay()
            - LocalDate.of(1, 1, 1).toEpochDay())));
      default:
        return LocalDate.of(2019, 1, 1).plusDays(random.nextInt(4 * 365));
    }
  }

  // ------------------------------------------------------------------------------------ organisations

  /**
   * A random valid {@link Organisation}: each optional attribute present or absent at random, with
   * {@code founded} in 1000–9999, {@code employees} 1 or more, {@code customers} and {@code partners} 0 or
   * more (bounds and {@link Integer#MAX_VALUE} included now and then), and no functions (not declared) or
   * up to ten distinct ones.
   *
   * @param random the source of randomness; not null
   * @return an organisation
   */
  public static Organisation organisation(Random random) {
    Organisation.Builder builder = Organisation.builder()
        .id(id(random))
        .name(text(random))
        .description(optionalText(random))
        .sector(optionalText(random))
        .addAllFunctions(random.nextInt(4) == 0 ? List.of() : distinctFunctions(random, 10));
    if (random.nextBoolean()) {
      builder.founded(intIn(random, 1000, 9999));
    }
    if (random.nextBoolean()) {
      builder.employees(intIn(random, 1, Integer.MAX_VALUE));
    }
    if (random.nextBoolean()) {
      builder.customers(intIn(random, 0, Integer.MAX_VALUE));
    }
    if (random.nextBoolean()) {
      builder.partners(intIn(random, 0, Integer.MAX_VALUE));
    }
    return builder.build();
  }

  /** A number from {@code low} to {@code high}, both included, the bounds more often than chance. */
  private static int intIn(Random random, int low, int high) {
    switch (random.nextInt(5)) {
      case 0:
        return low;
      case 1:
        return high;
      default:
        return (int) (low + (long) (random.nextDouble() * ((long) high - low + 1)));
    }
  }

  // ------------------------------------------------------------------------------ members and teams

  /**
   * A random valid {@link Member} with any function, with or without a title.
   *
   * @param random the source of randomness; not null
   * @return a member
   */
  public static Member member(Random random) {
    return member(random, id(random), function(random));
  }

  /**
   * A random valid {@link Member} whose function the organisation has (any function if it declares none).
   *
   * @param random the source of randomness; not null
   * @param organisation the organisation the member works for; not null
   * @return a member for which {@code organisation.hasFunction(member.function())}
   */
  public static Member member(Random random, Organisation organisation) {
    return member(random, id(random), functionOf(random, organisation));
  }

  private static Member member(Random random, Id id, Function function) {
    return Member.builder().id(id).function(function).title(optionalText(random)).build();
  }

  private static Function functionOf(Random random, Organisation organisation) {
    List<Function> functions = organisation.functions();
    return functions.isEmpty() ? function(random) : functions.get(random.nextInt(functions.size()));
  }

  /**
   * A random valid {@link Team} with any members' functions: any role, a focus area or none, and no
   * members or up to eight with distinct ids.
   *
   * @param random the source of randomness; not null
   * @return a team
   */
  public static Team team(Random random) {
    return team(random, id(random), null);
  }

  /**
   * A random valid {@link Team} whose members' functions the organisation has.
   *
   * @param random the source of randomness; not null
   * @param organisation the organisation the team belongs to; not null
   * @return a team whose every member passes {@code organisation.hasFunction}
   */
  public static Team team(Random random, Organisation organisation) {
    return team(random, id(random), organisation);
  }

  private static Team team(Random random, Id id, Organisation organisation) {
    TeamRole[] roles = TeamRole.values();
    Team.Builder builder = Team.builder()
        .id(id)
        .name(text(random))
        .role(roles[random.nextInt(roles.length)]);
    if (random.nextBoolean()) {
      builder.focusArea(random.nextBoolean() ? id(random) : FocusAreas.defaults().get(random.nextInt(4)).id());
    }
    int size = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(8);
    for (Id memberId : distinctIds(random, size)) {
      Function function = organisation == null ? function(random) : functionOf(random, organisation);
      builder.addMember(member(random, memberId, function));
    }
    return builder.build();
  }

  /**
   * A random valid {@link Transformation}: a random organisation, a period or none, and no teams or up to
   * six with distinct ids whose members' functions the organisation has.
   *
   * @param random the source of randomness; not null
   * @return a transformation
   */
  public static Transformation transformation(Random random) {
    Organisation organisation = organisation(random);
    Transformation.Builder builder = Transformation.builder()
        .id(id(random))
        .title(text(random))
        .description(optionalText(random))
        .organisation(organisation)
        .period(random.nextBoolean() ? Optional.of(period(random)) : Optional.empty());
    int teams = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(6);
    for (Id teamId : distinctIds(random, teams)) {
      builder.addTeam(team(random, teamId, organisation));
    }
    return builder.build();
  }

  // ---------------------------------------------------------------------------------------- playbooks

  /**
   * A random valid {@link Playbook}: one to eight focus areas with distinct ids, one to eight levels with
   * distinct ids and distinct ranks in random order (so the declared order is seldom the rank order), with
   * or without a description, and extending another playbook (never itself) or none.
   *
   * @param random the source of randomness; not null
   * @return a playbook
   */
  public static Playbook playbook(Random random) {
    Id id = id(random);
    Playbook.Builder builder = Playbook.builder()
        .id(id)
        .version(random.nextBoolean() ? text(random) : random.nextInt(3000) + "." + random.nextInt(10))
        .title(text(random))
        .description(optionalText(random));
    if (random.nextBoolean()) {
      Id base;
      do {
        base = random.nextBoolean() ? Id.of("mom") : id(random);
      } while (base.equals(id));
      builder.extendsPlaybook(base);
    }
    for (Id areaId : distinctIds(random, 1 + random.nextInt(8))) {
      builder.addFocusArea(focusArea(random, areaId));
    }
    List<Id> levelIds = distinctIds(random, 1 + random.nextInt(8));
    Set<Integer> ranks = new LinkedHashSet<>();
    boolean consecutive = random.nextBoolean();
    while (ranks.size() < levelIds.size()) {
      ranks.add(consecutive ? ranks.size() + 1 : rank(random));
    }
    List<Integer> shuffled = new ArrayList<>(ranks);
    Collections.shuffle(shuffled, random);
    for (int i = 0; i < levelIds.size(); i++) {
      builder.addChangeLevel(changeLevel(random, levelIds.get(i), shuffled.get(i)));
    }
    return builder.build();
  }
}
