/**
 * The status bar item of the active plan: before the period ends its
 * projected score and grade (LANGUAGE.md §8.7: a to-date score is never
 * shown alone as the plan's grade), at the end its score and grade (the
 * awarded ones where the evaluator awarded points, §8.3), and the number of
 * open alerts (errors and warnings of all its files), from the
 * server's `pbm/planStatus` — the same figures as the summary, never
 * computed here. A click opens the summary. Refreshed when the active
 * editor changes and, debounced, when the plan's diagnostics change.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

const REFRESH_DELAY_MS = 400;

/** The answer of the server's `pbm/planStatus` (lsp/pbm-plan-status-request.ts); null for a file of no plan. */
interface PlanStatus {
    readonly name: string;
    readonly score: number;
    readonly grade: string | null;
    readonly monitored: boolean;
    /** asOf on or after the period's end (§8.10). */
    readonly final: boolean;
    readonly projectedScore: number | null;
    readonly projectedGrade: string | null;
    readonly awardedScore: number | null;
    readonly awardedGrade: string | null;
    /** Errors and warnings of all the plan's files. */
    readonly alerts: number;
}

export class PlanStatusBar implements vscode.Disposable {
    private readonly item = vscode.window.createStatusBarItem('pbm.planStatus', vscode.StatusBarAlignment.Left, 10);
    private readonly disposables: vscode.Disposable[] = [];
    private timer: ReturnType<typeof setTimeout> | undefined;
    /** Bumped per refresh, so that a slow answer for an older editor is dropped. */
    private generation = 0;
    /** The plan document the item shows. */
    private shown: vscode.Uri | undefined;

    constructor(private readonly client: () => LanguageClient | undefined) {
        this.item.name = vscode.l10n.t('PBM plan status');
        this.disposables.push(
            this.item,
            vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
            vscode.languages.onDidChangeDiagnostics(event => {
                if (event.uris.some(uri => uri.path.endsWith('.pbm') || uri.scheme === 'untitled')) this.schedule(REFRESH_DELAY_MS);
            })
        );
        this.schedule(0);
    }

    private schedule(delay: number): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), delay);
    }

    private async refresh(): Promise<void> {
        const generation = ++this.generation;
        const editor = vscode.window.activeTextEditor;
        // Focus in the summary (a webview) or a panel: no text editor, the plan stays the one shown.
        if (!editor && this.shown) return this.refreshShown(generation);
        const document = editor?.document;
        const client = this.client();
        if (document?.languageId !== 'pbm' || !client?.isRunning()) {
            this.shown = undefined;
            this.item.hide();
            return;
        }
        const status = await requestStatus(client, document.uri);
        if (generation !== this.generation) return;
        if (!status) {
            this.shown = undefined;
            this.item.hide();
            return;
        }
        this.show(status, document.uri);
    }

    private async refreshShown(generation: number): Promise<void> {
        const client = this.client();
        const status = this.shown && client?.isRunning() ? await requestStatus(client, this.shown) : undefined;
        if (generation !== this.generation || !this.shown) return;
        if (status) this.show(status, this.shown);
    }

    private show(status: PlanStatus, uri: vscode.Uri): void {
        const { name, score, grade, monitored, final, projectedScore, projectedGrade, awardedScore, awardedGrade, alerts } = status;
        if (!monitored) {
            // A 目标申报 plan before its first checkpoint has no score or grade yet (LANGUAGE.md §8.8).
            this.item.text = `$(graph) ${vscode.l10n.t('not monitored yet')}  $(warning) ${alerts}`;
            this.item.tooltip = vscode.l10n.t('Plan {0}: no checkpoint yet, so no score; {1} open alerts. Click to open the summary.', name, alerts);
        } else if (!final && projectedScore !== null && projectedGrade) {
            // Before the period ends the projected result leads; the score to date is progress, not a grade (§8.7).
            const word = vscode.l10n.t('projected {0}', gradeWord(projectedGrade));
            this.item.text = `$(graph) ${projectedScore.toFixed(1)} · ${word}  $(warning) ${alerts}`;
            this.item.tooltip = vscode.l10n.t('Plan {0}: projected score {1} ({2}) at the end of the period, {3} to date; {4} open alerts. Click to open the summary.',
                name, projectedScore.toFixed(1), gradeWord(projectedGrade), score.toFixed(1), alerts);
        } else if (awardedScore !== null && awardedGrade) {
            // The evaluator's awards are the official result, the computed score beside it (§8.3).
            const word = gradeWord(awardedGrade);
            this.item.text = `$(graph) ${awardedScore.toFixed(1)} · ${word}  $(warning) ${alerts}`;
            this.item.tooltip = vscode.l10n.t('Plan {0}: awarded score {1} ({2}), computed {3}; {4} open alerts. Click to open the summary.',
                name, awardedScore.toFixed(1), word, score.toFixed(1), alerts);
        } else if (grade === null) {
            this.item.text = `$(graph) ${score.toFixed(1)}  $(warning) ${alerts}`;
            this.item.tooltip = vscode.l10n.t('Plan {0}: score to date {1}, graded at the end of the period; {2} open alerts. Click to open the summary.', name, score.toFixed(1), alerts);
        } else {
            const word = gradeWord(grade);
            this.item.text = `$(graph) ${score.toFixed(1)} · ${word}  $(warning) ${alerts}`;
            this.item.tooltip = vscode.l10n.t('Plan {0}: score {1} ({2}), {3} open alerts. Click to open the summary.', name, score.toFixed(1), word, alerts);
        }
        this.item.accessibilityInformation = { label: this.item.tooltip };
        this.item.command = { title: vscode.l10n.t('Generate Summary'), command: 'pbm.generateSummary', arguments: [uri] };
        this.item.show();
        this.shown = uri;
    }

    dispose(): void {
        if (this.timer) clearTimeout(this.timer);
        this.disposables.forEach(disposable => disposable.dispose());
    }
}

function gradeWord(grade: string): string {
    switch (grade) {
        case 'excellent': return vscode.l10n.t('excellent');
        case 'good': return vscode.l10n.t('good');
        case 'fair': return vscode.l10n.t('fair');
        case 'poor': return vscode.l10n.t('poor');
        default: return grade;
    }
}

async function requestStatus(client: LanguageClient, uri: vscode.Uri): Promise<PlanStatus | undefined> {
    try {
        return await client.sendRequest<PlanStatus | null>('pbm/planStatus', { uri: uri.toString() }) ?? undefined;
    } catch {
        // A server restarting: no item rather than a wrong one.
        return undefined;
    }
}
