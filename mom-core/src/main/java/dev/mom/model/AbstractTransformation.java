package dev.mom.model;

import dev.mom.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One client's whole transformation case: the organisation, the teams that run the change, and the
 * evidence and plans each MOM engine reads. A {@code mom/transformation} document holds exactly one.
 *
 * <p>Engines read only the parts they need; a transformation without, say, a decision log simply is not
 * diagnosed. Build with {@code Transformation.builder()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractTransformation {

  AbstractTransformation() {}

  /** The id of this case. */
  public abstract Id id();

  /** The title of the case, e.g. "Customer-Centered Mikro". */
  @NotBlank
  public abstract String title();

  /** What the case is about, including whether its data is illustrative. */
  public abstract Optional<String> description();

  /** The organisation being transformed. */
  @Valid
  public abstract Organisation organisation();

  /** The span of the transformation, e.g. 2019-10-01 to 2022-12-31. */
  public abstract Optional<@Valid Period> period();

  /** The task force, its sub-groups, the advisory board, the agents and product teams, each id once. */
  public abstract List<@Valid Team> teams();

  @Value.Check
  void check() {
    Checks.notBlank(title(), "title");
    Checks.unique(teams(), Team::id, "teams", "id");
    List<String> problems = new ArrayList<>();
    for (int t = 0; t < teams().size(); t++) {
      List<Member> members = teams().get(t).members();
      for (int m = 0; m < members.size(); m++) {
        Function function = members.get(m).function();
        if (!organisation().hasFunction(function)) {
          problems.add("teams[" + t + "].members[" + m + "].function '" + function
              + "' is not a function of the organisation " + organisation().functions());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }
}
