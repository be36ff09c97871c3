import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/**
 * A finding of the observatory's data-quality rules on a series answer, as the server reports it
 * on a refused submit (`details.qualityFlags`) and records it on the submit's state event.
 */
export interface QualityFlag {
  readonly question: string;
  readonly ruleId: string;
  readonly severity: string;
  readonly blocking: boolean;
  readonly message: string;
  readonly value?: string;
  readonly series?: string;
  /** The services name it `timePeriod`; `period` is accepted too. */
  readonly timePeriod?: string;
  readonly period?: string;
}

/** The data-quality findings grouped per question, each question shown by `question` (a link). */
export function QualityFlagList({
  title,
  flags,
  question,
}: {
  title: string;
  flags: readonly QualityFlag[];
  question: (path: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const byQuestion = new Map<string, QualityFlag[]>();
  for (const flag of flags) byQuestion.set(flag.question, [...(byQuestion.get(flag.question) ?? []), flag]);
  return (
    <div className="problem-list quality-flag-list" data-testid="quality-flags">
      <p>{title}</p>
      <ul>
        {[...byQuestion].map(([path, found]) => (
          <li key={path} data-path={path}>
            {question(path)}
            <ul>
              {found.map((flag) => (
                <li
                  key={`${flag.ruleId}-${flag.series}-${flag.timePeriod ?? flag.period}-${flag.message}`}
                  data-rule={flag.ruleId}
                  data-blocking={flag.blocking}
                >
                  <span className="flag-kind">
                    {t(flag.blocking ? "rounds.quality.blocking" : "rounds.quality.warning")}
                  </span>{" "}
                  <span dir="auto">{flag.message}</span>{" "}
                  <span className="hint" dir="ltr">
                    ({[flag.series, flag.timePeriod ?? flag.period, flag.value].filter(Boolean).join(" · ")}{" "}
                    <code>{flag.ruleId}</code>)
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** `details.qualityFlags` of a refusal or `after.qualityFlags` of a state event, when there are any. */
export function qualityFlagsOf(holder: unknown): QualityFlag[] {
  const flags = (holder as { qualityFlags?: unknown } | null | undefined)?.qualityFlags;
  return Array.isArray(flags) ? (flags as QualityFlag[]) : [];
}
