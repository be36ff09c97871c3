import { useTranslation } from "react-i18next";

export interface DownloadCsvButtonProps {
  fileName: string;
  /** Builds the CSV when clicked, from exactly what is on screen at that moment. */
  buildCsv: () => string;
}

/** Saves a CSV built in the browser (no second request, so it matches the table exactly). */
export function DownloadCsvButton({ fileName, buildCsv }: DownloadCsvButtonProps) {
  const { t } = useTranslation();

  function handleDownload() {
    // The byte-order mark makes spreadsheet programs read the Cyrillic and Persian as UTF-8.
    const blob = new Blob(["\uFEFF", buildCsv()], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  return (
    <button type="button" className="button" onClick={handleDownload} data-testid="download-csv">
      {t("indicator.downloadCsv")}
    </button>
  );
}
