package dev.mom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TransformationTest {

  private static final Organisation ENGINEERING_AND_PRODUCT = Organisation.builder().id(Id.of("mikro"))
      .name("Mikro").addFunctions(Function.ENGINEERING, Function.PRODUCT).build();
  private static final Organisation UNDECLARED = Organisation.builder().id(Id.of("mikro")).name("Mikro").build();

  private static Team team(String id, Member... members) {
    return Team.builder().id(Id.of(id)).name(id).role(TeamRole.TASK_FORCE).addMembers(members).build();
  }

  private static Transformation.Builder mom(Organisation organisation) {
    return Transformation.builder().id(Id.of("mom")).title("Customer-Centered Mikro").organisation(organisation);
  }

  @Test
  void acceptsMembersFromDeclaredFunctions() {
    Transformation t = mom(ENGINEERING_AND_PRODUCT)
        .addTeam(team("task-force", Member.of(Id.of("ann"), Function.ENGINEERING),
            Member.of(Id.of("bob"), Function.PRODUCT)))
        .build();
    assertThat(t.teams()).hasSize(1);
    assertThat(t.period()).isEmpty();
    assertThat(t.description()).isEmpty();
  }

  @Test
  void rejectsAMemberFromAFunctionTheOrganisationDoesNotHave() {
    assertThatIllegalArgumentException().isThrownBy(() -> mom(ENGINEERING_AND_PRODUCT)
            .addTeam(team("task-force", Member.of(Id.of("ann"), Function.ENGINEERING),
                Member.of(Id.of("bob"), Function.SALES)))
            .build())
        .withMessage("teams[0].members[1].function 'sales' is not a function of the organisation"
            + " [engineering, product]");
  }

  @Test
  void reportsEveryForeignFunctionAtOnce() {
    assertThatIllegalArgumentException().isThrownBy(() -> mom(ENGINEERING_AND_PRODUCT)
            .addTeam(team("task-force", Member.of(Id.of("ann"), Function.SALES)))
            .addTeam(team("board", Member.of(Id.of("cem"), Function.PRODUCT),
                Member.of(Id.of("dan"), Function.of("dealers"))))
            .build())
        .withMessage("teams[0].members[0].function 'sales' is not a function of the organisation"
            + " [engineering, product]; teams[1].members[1].function 'dealers' is not a function of the"
            + " organisation [engineering, product]");
  }

  @Test
  void anOrganisationWithoutDeclaredFunctionsAcceptsAnyMember() {
    Transformation t = mom(UNDECLARED)
        .addTeam(team("task-force", Member.of(Id.of("ann"), Function.of("dealer-network"))))
        .build();
    assertThat(t.teams().get(0).members().get(0).function()).isEqualTo(Function.of("dealer-network"));
  }

  @Test
  void aPersonMayBeOnSeveralTeams() {
    Member ann = Member.of(Id.of("ann"), Function.PRODUCT);
    Transformation t = mom(ENGINEERING_AND_PRODUCT).addTeam(team("task-force", ann)).addTeam(team("agents", ann))
        .build();
    assertThat(t.teams()).hasSize(2);
  }

  @Test
  void rejectsTwoTeamsWithOneId() {
    assertThatIllegalArgumentException().isThrownBy(() -> mom(UNDECLARED)
            .addTeam(team("task-force"))
            .addTeam(team("board"))
            .addTeam(team("task-force"))
            .build())
        .withMessage("teams[2].id 'task-force' is already used by teams[0]");
  }

  @Test
  void rejectsABlankTitle() {
    assertThatIllegalArgumentException().isThrownBy(() -> mom(UNDECLARED).title(" ").build())
        .withMessage("title must not be blank");
  }

  @Test
  void replacingTheOrganisationRevalidatesMembers() {
    Transformation t = mom(UNDECLARED).addTeam(team("task-force", Member.of(Id.of("ann"), Function.SALES))).build();
    assertThatIllegalArgumentException().isThrownBy(() -> t.withOrganisation(ENGINEERING_AND_PRODUCT))
        .withMessage("teams[0].members[0].function 'sales' is not a function of the organisation"
            + " [engineering, product]");
  }
}
