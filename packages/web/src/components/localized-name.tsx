import type { LocalizedText } from "@circular-atlas/contracts";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../hooks/use-formatters.ts";

/**
 * Text from the API's LocalizedText in the UI language. When the language is missing, the
 * English text is shown, tagged `lang="en"` for screen readers and marked for sighted readers.
 */
export function LocalizedName({ text }: { text: LocalizedText }) {
  const { t } = useTranslation();
  const picked = useFormatters().text(text);
  if (!picked.isFallback) return <>{picked.text}</>;
  return (
    <>
      <span lang={picked.language} dir="ltr">
        {picked.text}
      </span>{" "}
      <abbr className="untranslated" title={t("common.untranslatedTitle")}>
        {t("common.untranslated")}
      </abbr>
    </>
  );
}

/** The same choice as plain text, for places that take no markup (options, titles, CSV). */
export function useLocalizedLabel(): (text: LocalizedText) => string {
  const { t } = useTranslation();
  const formatters = useFormatters();
  return (text) => {
    const picked = formatters.text(text);
    return picked.isFallback ? `${picked.text} [${t("common.untranslated")}]` : picked.text;
  };
}
