package dev.mom.rules;

import java.util.OptionalDouble;

/**
 * The rule language's semantics written as directly as possible, as an oracle for the compiled evaluator:
 * a recursive walk of the condition tree that looks every signal up by name.
 */
final class Reference {

  private Reference() {}

  static Truth truth(Condition condition, SignalValues values) {
    return condition.accept(new ConditionVisitor<Truth>() {
      @Override
      public Truth visitAll(Condition.All all) {
        boolean unknown = false;
        for (Condition child : all.conditions()) {
          Truth truth = truth(child, values);
          if (truth == Truth.FALSE) {
            return Truth.FALSE;
          }
          unknown |= truth == Truth.UNKNOWN;
        }
        return unknown ? Truth.UNKNOWN : Truth.TRUE;
      }

      @Override
      public Truth visitAny(Condition.Any any) {
        boolean unknown = false;
        for (Condition child : any.conditions()) {
          Truth truth = truth(child, values);
          if (truth == Truth.TRUE) {
            return Truth.TRUE;
          }
          unknown |= truth == Truth.UNKNOWN;
        }
        return unknown ? Truth.UNKNOWN : Truth.FALSE;
      }

      @Override
      public Truth visitNot(Condition.Not not) {
        Truth truth = truth(not.condition(), values);
        return truth == Truth.UNKNOWN ? Truth.UNKNOWN : truth == Truth.TRUE ? Truth.FALSE : Truth.TRUE;
      }

      @Override
      public Truth visitCompare(Compare compare) {
        OptionalDouble observed = values.value(compare.signal());
        if (observed.isEmpty()) {
          return Truth.UNKNOWN;
        }
        double x = observed.getAsDouble();
        boolean holds;
        switch (compare.operator()) {
          case GT: holds = x > compare.value(); break;
          case GTE: holds = x >= compare.value(); break;
          case LT: holds = x < compare.value(); break;
          case LTE: holds = x <= compare.value(); break;
          case EQ: holds = Math.abs(x - compare.value()) <= 1e-9; break;
          case BETWEEN: holds = compare.value() <= x && x <= compare.upper(); break;
          default: throw new AssertionError(compare.operator());
        }
        return holds ? Truth.TRUE : Truth.FALSE;
      }
    });
  }

  /** Evaluates a condition with the compiled evaluator, without the compiler's checks. */
  static ConditionTrace compiled(Condition condition, SignalValues values) {
    return RuleCompiler.compileCondition(condition, values.catalogue()).evaluate(values);
  }
}
