package dev.mom;

import dev.mom.diagnosis.DominanceDiagnosis;
import dev.mom.gap.GapReport;
import dev.mom.impact.ImpactAssessment;
import dev.mom.model.Id;
import dev.mom.priority.Prioritisation;
import dev.mom.trace.Traceability;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything MOM concludes about one transformation under one playbook: each engine's result, where the
 * engine ran, and the executive summary drawn from them.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractTransformationReport {

  AbstractTransformationReport() {}

  /** The transformation's id. */
  public abstract Id transformation();

  /** The transformation's title. */
  public abstract String title();

  /** The playbook's id. */
  public abstract Id playbook();

  /** The playbook's version. */
  public abstract String playbookVersion();

  /** The stakeholder-dominance diagnosis, when the playbook has a model and the case has evidence. */
  public abstract Optional<DominanceDiagnosis> diagnosis();

  /** The gap report, when the playbook has a gap model and the case has measurements. */
  public abstract Optional<GapReport> gaps();

  /** The prioritisation of the concepts, when the playbook has a model and the case has concepts. */
  public abstract Optional<Prioritisation> prioritisation();

  /** The road-map-to-OKR traceability, when the playbook has a model and the case has OKRs or a road map. */
  public abstract Optional<Traceability> traceability();

  /** The impact assessment, when the playbook has a model and the case has outcomes. */
  public abstract Optional<ImpactAssessment> impact();

  /** The executive summary. */
  public abstract ExecutiveSummary summary();
}
