package dev.mom.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mom.model.ChangeLevel;
import dev.mom.model.ChangeLevels;
import dev.mom.model.FocusArea;
import dev.mom.model.FocusAreas;
import dev.mom.model.Id;
import org.junit.jupiter.api.Test;

class PlaybooksTest {

  private final Playbook mom = Playbooks.mom();

  @Test
  void identifiesItself() {
    assertThat(mom.id()).isEqualTo(Id.of("mom"));
    assertThat(mom.version()).isEqualTo("1");
    assertThat(mom.title()).isEqualTo("MOM — Customer-Centered Mikro");
    assertThat(mom.description()).isPresent();
    assertThat(mom.extendsPlaybook()).isEmpty();
  }

  @Test
  void exactlyTheFourFocusAreasOfTheDomainInOrder() {
    assertThat(mom.focusAreas()).extracting(a -> a.id().value()).containsExactly(
        "data-access-and-use", "cooperation-and-working-culture", "product-management-and-development",
        "corporate-strategy");
    assertThat(mom.focusAreas()).isEqualTo(FocusAreas.defaults());
  }

  @Test
  void exactlyTheFourLevelsOfTheTheoryOfChangeRankedOneToFour() {
    assertThat(mom.changeLevels()).extracting(l -> l.id().value() + "=" + l.rank()).containsExactly(
        "understanding-the-customer=1", "customer-centric-product-development=2",
        "customer-centric-innovation=3", "customer-centric-organisation=4");
    assertThat(mom.levelsInOrder()).isEqualTo(mom.changeLevels()).isEqualTo(ChangeLevels.defaults());
  }

  @Test
  void lookUps() {
    assertThat(mom.focusArea(Id.of("corporate-strategy"))).contains(FocusAreas.CORPORATE_STRATEGY);
    assertThat(mom.changeLevel(Id.of("customer-centric-innovation"))).map(ChangeLevel::rank).contains(3);
    assertThat(mom.changeLevel(Id.of("customer-centric-organisation")))
        .contains(ChangeLevels.CUSTOMER_CENTRIC_ORGANISATION);
  }

  @Test
  void sameInstanceEveryCall() {
    assertThat(Playbooks.mom()).isSameAs(Playbooks.mom());
  }
}
