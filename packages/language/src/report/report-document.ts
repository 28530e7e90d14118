/**
 * Words the report model as a document (LANGUAGE.md §7): title, abstract,
 * goal achievement, problem analysis, improvement measures, outlook and
 * appendix, in the report language. Every number is one of the model's
 * figures, formatted — nothing is computed here. One file per section.
 */
import { DocumentContext } from './document-context.js';
import type { ReportDocument, SectionBlock } from './report-blocks.js';
import type { ReportModel } from './report-model.js';
import { abstractSection } from './section-abstract.js';
import { appendixSection } from './section-appendix.js';
import { goalsSection } from './section-goals.js';
import { achievementsSection } from './section-achievements.js';
import { measuresSection, outlookSection } from './section-measures.js';
import { monitoringSection } from './section-monitoring.js';
import { problemsSection } from './section-problems.js';

/** The forms `pbm.exportForm` writes (LANGUAGE.md §8.11), in the order of the view's buttons. */
const EXPORT_FORMS = ['self-evaluation', 'targets', 'monitoring', 'summary'] as const;

/** The top-level sections in report order; each gets its number. */
const SECTIONS: ReadonlyArray<(ctx: DocumentContext, n: number) => SectionBlock> = [
    abstractSection, achievementsSection, goalsSection, monitoringSection, problemsSection, measuresSection, outlookSection, appendixSection
];

export function buildReportDocument(model: ReportModel): ReportDocument {
    const ctx = new DocumentContext(model);
    const { t } = ctx;
    return {
        lang: model.lang,
        title: title(ctx),
        subtitle: subtitle(ctx),
        contentsTitle: t.contents,
        colon: t.colon,
        cellLineSeparator: t.cellLineSeparator,
        toolbar: {
            label: t.toolbar.label,
            exports: EXPORT_FORMS.map(form => ({ form, label: t.toolbar.exportForms[form] })),
            saveMarkdown: t.toolbar.saveMarkdown,
            saveHtml: t.toolbar.saveHtml,
            print: t.toolbar.print
        },
        sections: SECTIONS.map((section, i) => section(ctx, i + 1))
    };
}

function title(ctx: DocumentContext): string {
    const { figures, plan } = ctx.model;
    const startYear = figures.start?.year ?? figures.asOf?.year;
    const endYear = figures.end?.year ?? startYear;
    const year = startYear === undefined ? undefined : startYear === endYear ? String(startYear) : `${startYear}–${endYear}`;
    const organization = plan.organization ?? (ctx.model.lang === 'en' ? plan.title ?? plan.name : undefined);
    return ctx.t.title(year, organization);
}

function subtitle(ctx: DocumentContext): string[] {
    const { figures, plan, preparedOn } = ctx.model;
    const { t, f } = ctx;
    const details = [
        figures.start && figures.end ? t.period(f.date(figures.start.iso), f.date(figures.end.iso)) : undefined,
        figures.asOf ? t.asOf(f.date(figures.asOf.iso)) : undefined,
        t.profile[figures.profile],
        preparedOn ? t.preparedOn(f.date(preparedOn)) : undefined
    ].filter((item): item is string => item !== undefined);
    // One name per item: the title, the plan's identifier only where there is none.
    return [plan.title ?? plan.name, details.join(' · ')];
}
