import { useTranslation } from "react-i18next";

/**
 * Marks a value the platform computed from other published series. The formula shows in a CSS
 * tooltip (`data-formula`) on hover and, because the badge is focusable, on keyboard focus too;
 * screen readers read it from the visually hidden text.
 */
export function DerivedBadge({ formula }: { formula: string }) {
  const { t } = useTranslation();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: focus reveals the formula to keyboard users.
    <span className="derived-badge" data-formula={t("common.derivedTitle", { formula })} tabIndex={0}>
      {t("common.derived")}
      <span className="visually-hidden">: {formula}</span>
    </span>
  );
}
