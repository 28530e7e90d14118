/**
 * One plan's declarations gathered across its files, in canonical file order
 * (the plan file first, then its imports depth-first). The figures and the
 * whole-plan checks read this, never the files one by one.
 */
import * as ast from '../generated/ast.js';
import { goalKpis, reviewActions, reviewFindings } from './properties.js';

export interface PlanModel {
    readonly plan: ast.Plan;
    readonly files: readonly ast.PbmFile[];
    readonly units: readonly ast.Unit[];
    readonly strategies: readonly ast.Strategy[];
    readonly goals: readonly ast.Goal[];
    readonly kpis: readonly ast.Kpi[];
    readonly budgets: readonly ast.Budget[];
    readonly checkpoints: readonly ast.Checkpoint[];
    readonly reviews: readonly ast.Review[];
    readonly findings: readonly ast.Finding[];
    readonly actions: readonly ast.Action[];
    readonly outlooks: readonly ast.Outlook[];
}

export function collectPlanModel(plan: ast.Plan, files: readonly ast.PbmFile[]): PlanModel {
    const model = {
        plan, files,
        units: [] as ast.Unit[], strategies: [] as ast.Strategy[], goals: [] as ast.Goal[], kpis: [] as ast.Kpi[],
        budgets: [] as ast.Budget[], checkpoints: [] as ast.Checkpoint[], reviews: [] as ast.Review[],
        findings: [] as ast.Finding[], actions: [] as ast.Action[], outlooks: [] as ast.Outlook[]
    };
    for (const file of files) {
        for (const element of file.elements ?? []) {
            switch (element.$type) {
                case ast.Unit.$type: model.units.push(element as ast.Unit); break;
                case ast.Strategy.$type: model.strategies.push(element as ast.Strategy); break;
                case ast.Goal.$type: {
                    const goal = element as ast.Goal;
                    model.goals.push(goal);
                    model.kpis.push(...goalKpis(goal));
                    break;
                }
                case ast.Budget.$type: model.budgets.push(element as ast.Budget); break;
                case ast.Checkpoint.$type: model.checkpoints.push(element as ast.Checkpoint); break;
                case ast.Review.$type: {
                    const review = element as ast.Review;
                    model.reviews.push(review);
                    model.findings.push(...reviewFindings(review));
                    model.actions.push(...reviewActions(review));
                    break;
                }
                case ast.Outlook.$type: model.outlooks.push(element as ast.Outlook); break;
            }
        }
    }
    return model;
}
