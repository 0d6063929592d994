package dev.mom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class OrganisationTest {

  private static Organisation.Builder mikro() {
    return Organisation.builder().id(Id.of("mikro")).name("Mikro Yazılım");
  }

  @Test
  void optionalFieldsAreAbsentUnlessGiven() {
    Organisation org = mikro().build();
    assertThat(org.description()).isEmpty();
    assertThat(org.sector()).isEmpty();
    assertThat(org.founded()).isEmpty();
    assertThat(org.employees()).isEmpty();
    assertThat(org.customers()).isEmpty();
    assertThat(org.partners()).isEmpty();
    assertThat(org.functions()).isEmpty();
  }

  @Test
  void keepsWhatItIsGiven() {
    Organisation org = mikro().sector("B2B business software").customers(100_000).partners(300)
        .addFunctions(Function.SALES, Function.ENGINEERING).build();
    assertThat(org.sector()).contains("B2B business software");
    assertThat(org.customers().getAsInt()).isEqualTo(100_000);
    assertThat(org.partners().getAsInt()).isEqualTo(300);
    assertThat(org.functions()).containsExactly(Function.SALES, Function.ENGINEERING);
  }

  @Test
  void withNoDeclaredFunctionsHasEveryFunction() {
    Organisation org = mikro().build();
    assertThat(org.hasFunction(Function.SALES)).isTrue();
    assertThat(org.hasFunction(Function.of("dealer-network"))).isTrue();
  }

  @Test
  void withDeclaredFunctionsHasOnlyThose() {
    Organisation org = mikro().addFunctions(Function.ENGINEERING, Function.PRODUCT, Function.of("dealers")).build();
    assertThat(org.hasFunction(Function.ENGINEERING)).isTrue();
    assertThat(org.hasFunction(Function.of("product"))).isTrue();
    assertThat(org.hasFunction(Function.of("dealers"))).isTrue();
    assertThat(org.hasFunction(Function.SALES)).isFalse();
    assertThat(org.hasFunction(Function.of("dealer-network"))).isFalse();
  }

  @Test
  void rejectsAFunctionDeclaredTwice() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> mikro().addFunctions(Function.SALES, Function.ENGINEERING, Function.of("sales")).build())
        .withMessage("functions[2] 'sales' is already used by functions[0]");
  }

  @Test
  void rejectsABlankName() {
    assertThatIllegalArgumentException().isThrownBy(() -> mikro().name("  ").build())
        .withMessage("name must not be blank");
    assertThatIllegalArgumentException().isThrownBy(() -> mikro().name("").build())
        .withMessage("name must not be blank");
  }

  @Test
  void equalityIsByValue() {
    assertThat(mikro().employees(250).build()).isEqualTo(mikro().employees(250).build())
        .hasSameHashCodeAs(mikro().employees(250).build())
        .isNotEqualTo(mikro().build())
        .isNotEqualTo(mikro().employees(251).build());
  }
}
