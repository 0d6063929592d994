package dev.mom.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EnumIdsTest {

  @Test
  void evidenceSourceIds() {
    assertThat(Arrays.stream(EvidenceSource.values()).map(EvidenceSource::id))
        .containsExactly("interview", "survey", "document-review", "observation");
  }

  @Test
  void teamRoleIds() {
    assertThat(Arrays.stream(TeamRole.values()).map(TeamRole::id))
        .containsExactly("task-force", "sub-group", "advisory-board", "agents", "product-team");
  }

  @Test
  void enumIdsAreValidIds() {
    for (EvidenceSource source : EvidenceSource.values()) {
      assertThat(Id.isValid(source.id())).as(source.name()).isTrue();
    }
    for (TeamRole role : TeamRole.values()) {
      assertThat(Id.isValid(role.id())).as(role.name()).isTrue();
    }
  }
}
