/** The README's section on the sub-national regions: the code correspondence with its evidence and conflicts. */
import type { BaselineRegions } from "@circular-atlas/contracts";
import { regionQuantization, regionVertexWeight } from "../regions/build-region-geometry.ts";
import { markdownTable } from "./coverage.ts";

const earthRadiusKm = 6371;

export function regionsSection(regions: BaselineRegions, bytes: number): string {
  const conflictRows = regions.conflicts.reduce((sum, conflict) => sum + conflict.rows, 0);
  return `## Sub-national regions

\`regions.json\` lists Kazakhstan's ${regions.regions.length} regions of Kazstat's boundary file (\`open-sdg-kazakhstan/regions.geojson\`, MIT) as areas \`KAZ-<REF_AREA>\`, named from the Open SDG REF_AREA translations (en, ru, kk), with both codes the publisher's files use as national codes (\`KAZ\`: REF_AREA, \`KAZ:GeoCode\`: the map code). \`regions.topo.json\` (${(bytes / 1024).toFixed(1)} KB) holds their boundaries as one TopoJSON object \`KAZ\`, features \`{ code, geoCode }\`, rewound for d3-geo, simplified (triangles under ${regionVertexWeight} sr, about ${(regionVertexWeight * earthRadiusKm ** 2).toFixed(1)} km², dropped) and quantized to a ${regionQuantization}-step grid.

Which GeoCode is which REF_AREA is read from the rows of the data files that give both: each map code takes the data code most rows give it, ties broken by the boundary's name equalling the data code's Russian name. "names agree" compares \`kzName\` with that Russian name (the boundary file says г.Нур-Султан where the translations say Astana; the translations spell Жамбылская as Жымбылская).

${markdownTable(
  ["GeoCode", "boundary name", "area", "en", "rows", "names agree", "files"],
  regions.regions.map((region) => [
    `\`${region.nationalCodes["KAZ:GeoCode"] ?? ""}\``,
    region.boundaryName,
    `\`${region.code}\``,
    region.names["en"] ?? "",
    String(region.evidence.rows),
    region.evidence.namesAgree ? "yes" : "no",
    region.evidence.files.join(", "),
  ]),
)}

Conflicting pairs (${regions.conflicts.length} pairs, ${conflictRows} rows): the files give these codes together, against the correspondence above. Imports reject such rows as \`import/conflicting-area\` rather than guess which column is wrong. \`KZONT\` (South Kazakhstan, split into Turkistan region and Shymkent city in 2018) has no boundary of its own in the file. The file also predates the 2022 reform: Abai (\`KZABY\`), Zhetisu (\`KZZHS\`) and Ulytau (\`KZULU\`) have no shape (they lie inside East Kazakhstan, Almaty and Karagandy regions as drawn), so the region map lists their values under the map rather than drawing them.

${markdownTable(
  ["GeoCode", "REF_AREA", "rows", "files"],
  regions.conflicts.map((conflict) => [
    `\`${conflict.geoCode}\``,
    `\`${conflict.refArea}\``,
    String(conflict.rows),
    conflict.files.join(", "),
  ]),
)}`;
}
