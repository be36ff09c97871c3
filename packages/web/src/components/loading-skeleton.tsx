import { useTranslation } from "react-i18next";

/**
 * Grey placeholder blocks in the shape of what is coming, so a slow connection shows the page's
 * layout at once; screen readers hear one "Loading…" instead.
 */
export function LoadingSkeleton({
  blocks = 3,
  variant = "text",
}: {
  blocks?: number;
  variant?: "text" | "map" | "chart";
}) {
  const { t } = useTranslation();
  return (
    <div className={`skeleton skeleton-${variant}`} aria-busy="true" data-testid="loading">
      <span className="visually-hidden" role="status">
        {t("common.loading")}
      </span>
      {Array.from({ length: blocks }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the blocks are identical placeholders.
        <div key={index} className="skeleton-block" aria-hidden="true" />
      ))}
    </div>
  );
}
