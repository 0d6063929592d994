package dev.mom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionTest {

  @Test
  void wellKnownFunctionsInTheirDocumentedOrder() {
    assertThat(Function.wellKnown()).extracting(Function::toString).containsExactly(
        "engineering", "sales", "executive", "product", "marketing", "customer-service", "support", "hr", "data");
    assertThat(Function.wellKnown()).containsExactly(Function.ENGINEERING, Function.SALES, Function.EXECUTIVE,
        Function.PRODUCT, Function.MARKETING, Function.CUSTOMER_SERVICE, Function.SUPPORT, Function.HR,
        Function.DATA);
  }

  @Test
  void ofReturnsTheWellKnownConstantItself() {
    for (Function known : Function.wellKnown()) {
      assertThat(Function.of(known.id().value())).as(known.toString()).isSameAs(known);
      assertThat(Function.of(Id.of(known.id().value()))).as(known.toString()).isSameAs(known);
    }
    assertThat(Function.of("customer-service")).isSameAs(Function.CUSTOMER_SERVICE);
  }

  @Test
  void openSetAcceptsAnyValidId() {
    Function dealers = Function.of("dealer-network");
    assertThat(dealers.id()).isEqualTo(Id.of("dealer-network"));
    assertThat(dealers.toString()).isEqualTo("dealer-network");
    assertThat(Function.wellKnown()).doesNotContain(dealers);
  }

  @Test
  void equalityIsById() {
    assertThat(Function.of("dealer-network")).isEqualTo(Function.of(Id.of("dealer-network")))
        .hasSameHashCodeAs(Function.of("dealer-network"))
        .isNotEqualTo(Function.of("dealers"))
        .isNotEqualTo(Id.of("dealer-network"));
    assertThat(Function.SALES).isEqualTo(Function.of("sales")).isNotEqualTo(Function.ENGINEERING);
  }

  @Test
  void ordersById() {
    List<Function> functions = new ArrayList<>(Function.wellKnown());
    Collections.sort(functions);
    assertThat(functions).extracting(Function::toString).containsExactly(
        "customer-service", "data", "engineering", "executive", "hr", "marketing", "product", "sales", "support");
    assertThat(Function.SALES.compareTo(Function.ENGINEERING)).isPositive();
    assertThat(Function.SALES.compareTo(Function.of("sales"))).isZero();
  }

  @Test
  void invalidIdTextIsRejectedWithTheIdMessage() {
    assertThatIllegalArgumentException().isThrownBy(() -> Function.of("Sales"))
        .withMessage("invalid id 'Sales': use 1 to 64 characters from a-z, 0-9, '-', '_' and '.' (no capitals, no spaces)");
  }
}
