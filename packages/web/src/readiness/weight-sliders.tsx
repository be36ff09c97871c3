import type { ReadinessPillar } from "@circular-atlas/contracts";
import { useTranslation } from "react-i18next";
import { LocalizedName } from "../components/localized-name.tsx";
import { useFormatters } from "../hooks/use-formatters.ts";
import { pillarShares } from "./readiness-view.ts";

export interface WeightSlidersProps {
  pillars: readonly ReadinessPillar[];
  weights: Readonly<Record<string, number>>;
  onChange: (weights: Record<string, number>) => void;
  /** What the recomputation is doing, said politely to screen readers. */
  status: string;
}

/** One slider per pillar (relative weight 0–3), each with the pillar's resulting share of the index. */
export function WeightSliders({ pillars, weights, onChange, status }: WeightSlidersProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const shares = pillarShares(weights);
  const isPublished = pillars.every((pillar) => weights[pillar.code] === pillar.weight);
  return (
    <fieldset className="readiness-sliders">
      <legend>{t("readiness.whatIfTitle")}</legend>
      <p>{t("readiness.whatIfIntro")}</p>
      {pillars.map((pillar) => {
        const id = `weight-${pillar.code}`;
        const weight = weights[pillar.code] ?? pillar.weight;
        return (
          <div key={pillar.code} className="readiness-slider">
            <label htmlFor={id}>
              <LocalizedName text={pillar.names} />
            </label>
            <input
              id={id}
              type="range"
              min={0}
              max={3}
              step={0.25}
              value={weight}
              data-pillar={pillar.code}
              onChange={(event) => onChange({ ...weights, [pillar.code]: Number(event.target.value) })}
            />
            <output htmlFor={id}>
              {t("readiness.weightShare", {
                weight: format.number(weight, { decimals: 2 }),
                share: format.number((shares[pillar.code] ?? 0) * 100, { decimals: 0 }),
              })}
            </output>
          </div>
        );
      })}
      <button
        type="button"
        disabled={isPublished}
        onClick={() => onChange(Object.fromEntries(pillars.map((pillar) => [pillar.code, pillar.weight])))}
      >
        {t("readiness.resetWeights")}
      </button>
      <p className="readiness-status" role="status" data-testid="what-if-status">
        {status}
      </p>
    </fieldset>
  );
}
