package dev.mom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TeamTest {

  private static Team.Builder taskForce() {
    return Team.builder().id(Id.of("task-force")).name("MOM task force").role(TeamRole.TASK_FORCE);
  }

  @Test
  void memberOfHasNoTitle() {
    Member ann = Member.of(Id.of("ann"), Function.SALES);
    assertThat(ann.id()).isEqualTo(Id.of("ann"));
    assertThat(ann.function()).isSameAs(Function.SALES);
    assertThat(ann.title()).isEmpty();
    assertThat(ann.withTitle("Sales lead").title()).contains("Sales lead");
    assertThat(ann).isEqualTo(Member.of(Id.of("ann"), Function.of("sales")))
        .isNotEqualTo(Member.of(Id.of("ann"), Function.ENGINEERING));
  }

  @Test
  void keepsMembersInOrder() {
    Team team = taskForce()
        .addMember(Member.of(Id.of("bob"), Function.ENGINEERING))
        .addMember(Member.of(Id.of("ann"), Function.SALES))
        .build();
    assertThat(team.members()).extracting(m -> m.id().value()).containsExactly("bob", "ann");
    assertThat(team.focusArea()).isEmpty();
  }

  @Test
  void aTeamMayHaveNoMembers() {
    assertThat(taskForce().build().members()).isEmpty();
  }

  @Test
  void rejectsTwoMembersWithOneId() {
    assertThatIllegalArgumentException().isThrownBy(() -> taskForce()
            .addMember(Member.of(Id.of("ann"), Function.SALES))
            .addMember(Member.of(Id.of("bob"), Function.ENGINEERING))
            .addMember(Member.of(Id.of("ann"), Function.PRODUCT))
            .build())
        .withMessage("members[2].id 'ann' is already used by members[0]");
  }

  @Test
  void rejectsABlankName() {
    assertThatIllegalArgumentException().isThrownBy(() -> taskForce().name("\t").build())
        .withMessage("name must not be blank");
  }

  @Test
  void subGroupNamesItsFocusArea() {
    Team data = Team.builder().id(Id.of("data-group")).name("Data sub-group").role(TeamRole.SUB_GROUP)
        .focusArea(FocusAreas.DATA_ACCESS_AND_USE.id()).build();
    assertThat(data.focusArea()).contains(Id.of("data-access-and-use"));
  }
}
