/**
 * The plans a checked element belongs to. Most checks depend on the plan:
 * its profile, its rules, its period and reporting date, its figures. A part
 * file imported by several plans is checked against each of them (identical
 * diagnostics are merged by the document validator); a file no plan
 * includes is checked once against the defaults, without figures.
 */
import { AstUtils, type AstNode } from 'langium';
import type { PlanFigures, Profile } from '../figures/figures.js';
import type { PbmFigures } from '../figures/pbm-figures.js';
import { DEFAULT_RULES, type Rules } from '../model/rules.js';

export interface PlanContext {
    /** The plan's figures; undefined for a file that no plan includes. */
    readonly figures?: PlanFigures;
    readonly rules: Rules;
    readonly profile: Profile;
}

const WITHOUT_PLAN: readonly PlanContext[] = [{ rules: DEFAULT_RULES, profile: 'enterprise' }];

export class PlanContexts {
    constructor(private readonly figures: PbmFigures) {}

    /** The contexts to check `node` in: one per plan of its file, or the defaults. */
    of(node: AstNode): readonly PlanContext[] {
        const plans = this.figures.plansOf(AstUtils.getDocument(node).uri);
        if (plans.length === 0) return WITHOUT_PLAN;
        return plans.map(plan => {
            const figures = this.figures.ofPlan(plan);
            return { figures, rules: figures.rules, profile: figures.profile };
        });
    }

    /** The figures of every plan the node's file belongs to (none for a file no plan includes). */
    figuresOf(node: AstNode): readonly PlanFigures[] {
        return this.figures.plansOf(AstUtils.getDocument(node).uri).map(plan => this.figures.ofPlan(plan));
    }
}
