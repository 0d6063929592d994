package dev.mom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class FocusAreaAndChangeLevelTest {

  @Test
  void fourDefaultFocusAreasInTheCaseOrder() {
    assertThat(FocusAreas.defaults()).extracting(a -> a.id().value()).containsExactly(
        "data-access-and-use", "cooperation-and-working-culture", "product-management-and-development",
        "corporate-strategy");
    assertThat(FocusAreas.defaults()).extracting(FocusArea::name).containsExactly(
        "Data access and use", "Cooperation and working culture", "Product management and development",
        "Corporate strategy");
    assertThat(FocusAreas.defaults()).containsExactly(FocusAreas.DATA_ACCESS_AND_USE,
        FocusAreas.COOPERATION_AND_WORKING_CULTURE, FocusAreas.PRODUCT_MANAGEMENT_AND_DEVELOPMENT,
        FocusAreas.CORPORATE_STRATEGY);
  }

  @Test
  void fourDefaultLevelsRankedOneToFour() {
    assertThat(ChangeLevels.defaults()).extracting(l -> l.id().value()).containsExactly(
        "understanding-the-customer", "customer-centric-product-development", "customer-centric-innovation",
        "customer-centric-organisation");
    assertThat(ChangeLevels.defaults()).extracting(ChangeLevel::rank).containsExactly(1, 2, 3, 4);
    assertThat(ChangeLevels.UNDERSTANDING_THE_CUSTOMER.rank()).isEqualTo(1);
    assertThat(ChangeLevels.CUSTOMER_CENTRIC_ORGANISATION.rank()).isEqualTo(4);
  }

  @Test
  void focusAreaRejectsABlankName() {
    assertThatIllegalArgumentException().isThrownBy(() -> FocusArea.of(Id.of("x"), " "))
        .withMessage("name must not be blank");
  }

  @Test
  void aNameOfOnlyControlCharactersIsBlank() {
    // Jakarta's @NotBlank (Hibernate Validator trims chars <= U+0020) rejects "\u0000\u0001", so the
    // Java check must too, or a value built in Java could not be read back from its own JSON.
    assertThatIllegalArgumentException().isThrownBy(() -> FocusArea.of(Id.of("x"), "\u0000\u0001"))
        .withMessage("name must not be blank");
    assertThat(FocusArea.of(Id.of("x"), "\u0000a").name()).isEqualTo("\u0000a");
  }

  @Test
  void changeLevelRejectsRankBelowOne() {
    assertThatIllegalArgumentException().isThrownBy(() -> ChangeLevel.of(Id.of("x"), "X", 0))
        .withMessage("rank must be 1 or more, was 0");
    assertThatIllegalArgumentException().isThrownBy(() -> ChangeLevel.of(Id.of("x"), "X", -5))
        .withMessage("rank must be 1 or more, was -5");
    assertThat(ChangeLevel.of(Id.of("x"), "X", 1).rank()).isEqualTo(1);
  }

  @Test
  void changeLevelRejectsABlankName() {
    assertThatIllegalArgumentException().isThrownBy(() -> ChangeLevel.of(Id.of("x"), "", 1))
        .withMessage("name must not be blank");
  }

  @Test
  void equalityIsByValueIncludingDescription() {
    FocusArea area = FocusArea.of(Id.of("x"), "X");
    assertThat(area).isEqualTo(FocusArea.of(Id.of("x"), "X")).isNotEqualTo(area.withDescription("more"));
    ChangeLevel level = ChangeLevel.of(Id.of("x"), "X", 2);
    assertThat(level).isEqualTo(ChangeLevel.of(Id.of("x"), "X", 2)).isNotEqualTo(level.withRank(3));
  }
}
