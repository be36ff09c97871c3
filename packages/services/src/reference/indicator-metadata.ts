/** The metadata national publishers give for an indicator, per country and language. */
import type { IndicatorMetadataList } from "@circular-atlas/contracts";
import { type AtlasDatabase, findIndicatorMetadata } from "@circular-atlas/database";
import { referenceCatalogue } from "./reference-catalogue.ts";
import { unknownIndicator } from "./reference-queries.ts";

/**
 * The numbers whose metadata describe a series: a national series `KAZ_12-4-2-1` is the
 * publisher's indicator 12.4.2.1 first, then the SDG indicators it belongs to.
 */
export function metadataNumbersOf(code: string, sdgIndicators: readonly string[]): string[] {
  const national = /^[A-Z]{3}_([0-9]+(?:-[0-9a-z]+)+)/i.exec(code)?.[1]?.toLowerCase().replaceAll("-", ".");
  return [...new Set([...(national === undefined ? [] : [national]), ...sdgIndicators])];
}

export async function getIndicatorMetadata(options: {
  db: AtlasDatabase;
  code: string;
}): Promise<IndicatorMetadataList> {
  const indicator = (await referenceCatalogue(options.db)).indicatorsByCode.get(options.code.toUpperCase());
  if (indicator === undefined) throw unknownIndicator([options.code]);
  const numbers = metadataNumbersOf(indicator.code, indicator.sdgIndicators);
  const rows = await findIndicatorMetadata(options.db, numbers);
  const rank = (number: string) => numbers.indexOf(number);
  return {
    data: rows
      .sort(
        (a, b) => rank(a.indicatorNumber) - rank(b.indicatorNumber) || a.areaCode.localeCompare(b.areaCode),
      )
      .map((row) => ({
        indicatorNumber: row.indicatorNumber,
        area: row.areaCode,
        fields: row.fields,
        content: row.content,
        sourceFiles: row.sourceFiles,
        updatedAt: new Date(row.updatedAt).toISOString(),
      })),
  };
}
