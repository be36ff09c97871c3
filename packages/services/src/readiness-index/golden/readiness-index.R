# The ECO readiness index recomputed from data/baseline/observations.csv in plain R (r-base only,
# no COINr), as the independent reference for compute-readiness-index.test.ts.
#
#   Rscript packages/services/src/readiness-index/golden/readiness-index.R
#
# writes readiness-index.json beside this script (committed as `npx biome check --write` lays it out). The indicator list is written out again here on
# purpose (not read from the TypeScript framework), so a change there must be made here too.
#
# Steps, as the readiness page describes them (strict mode of the engine):
#   cells     latest value at or after each indicator's first year, in exactly its breakdown
#             (within a year the greatest time_period text); an intensity takes the latest year
#             in its window in which both its series and GDP PPP are published, and is missing
#             when there is none (the latest value is still reported, without a denominator);
#   Denominate  intensity = value / (GDP / scale): CO2 Mt / (GDP $ / 1e9) = kg per $,
#             MSW t / (GDP $ / 1e6) = kg per 1,000 $;
#   Screen    keep units with data for at least 75 % of the indicators;
#   Impute    a gap takes the column mean over the kept units;
#   Treat     an indicator fails when |G1| >= 2 and G2 >= 3.5 (G1, G2 as e1071 type 2);
#             winsorise at most 1 point (all tied maxima, or minima, at once) while it fails;
#             if it still fails, log of the original column: ln(x - min + 0.01 range), mirrored
#             -ln(max + 0.01 range - x) when its skewness is negative;
#   Normalise direction flip, then min-max to 0-100;
#   Aggregate arithmetic means with equal weights, pillars then the index;
#   ranks     rank(-score), ties "min".

members <- c("AFG", "AZE", "IRN", "KAZ", "KGZ", "PAK", "TJK", "TKM", "TUR", "UZB")
gdp <- "NY.GDP.MKTP.PP.CD"
indicators <- data.frame(
  code = c("DMC_GDP", "MSW_GDP", "MSW_DUMP", "CO2_GDP", "H2O_STRESS", "ENERGY_INT",
           "RENEW_FEC", "RENEW_ELC", "FFS_GDP", "MANF_VA", "MANF_TECH", "MANF_EMP"),
  pillar = rep(c("Materials", "Environment", "Responses", "Opportunities"), each = 3),
  series = c("EN_MAT_DOMCMPG", "WAW_MSW_GENERATED", "WAW_MSW_TREATMENT", "CDIAC_CO2",
             "ER_H2O_STRESS", "EG.EGY.PRIM.PP.KD", "EG.FEC.RNEW.ZS", "EG.ELC.RNEW.ZS",
             "ER_FFS_PRTSPR", "NV_IND_MANF", "NV.MNF.TECH.ZS.UN", "SL_TLF_MANF"),
  dims = c("", "", "WASTE_TREATMENT=OPEN_DUMP", rep("", 9)),
  direction = c(-1, -1, -1, -1, -1, -1, 1, 1, -1, 1, 1, 1),
  from = c(2010, 2010, 2010, 2015, 2010, 2015, 2015, 2015, 2015, 2015, 2015, 2010),
  denominator = c("", gdp, "", gdp, rep("", 8)),
  scale = c(NA, 1e6, NA, 1e9, rep(NA, 8)),
  stringsAsFactors = FALSE
)
pillars <- c("Materials", "Environment", "Responses", "Opportunities")

here <- dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)))
observations <- read.csv(file.path(here, "../../../../../data/baseline/observations.csv"),
                         colClasses = "character", na.strings = character(0))
observations$year <- as.integer(observations$time_period)

# One row per year: the greatest time_period text of that year.
best_of_year <- function(rows) {
  rows <- rows[order(rows$year, rows$time_period, decreasing = TRUE), ]
  rows[!duplicated(rows$year), ]
}

# Cells: published text, unit multiplier, year and source per indicator x member, and for an
# intensity its denominator of the same year.
read_cells <- function(obs) {
  shape <- matrix(NA, length(members), nrow(indicators), dimnames = list(members, indicators$code))
  cells <- list(value = shape, mult = shape, year = shape, source = shape,
                den_value = shape, den_mult = shape, den_year = shape, den_source = shape)
  for (j in seq_len(nrow(indicators))) {
    for (u in members) {
      rows <- obs[obs$indicator == indicators$series[j] & obs$area == u & obs$dimensions == indicators$dims[j] &
                  obs$year >= indicators$from[j], ]
      if (nrow(rows) == 0) next
      rows <- best_of_year(rows)
      pick <- rows[1, ]
      den <- NULL
      if (indicators$denominator[j] != "") {
        dens <- best_of_year(obs[obs$indicator == indicators$denominator[j] & obs$area == u & obs$dimensions == "", ])
        both <- rows$year[rows$year %in% dens$year]
        if (length(both) > 0) {
          pick <- rows[rows$year == max(both), ]
          den <- dens[dens$year == max(both), ]
        }
      }
      cells$value[u, j] <- pick$value
      cells$mult[u, j] <- pick$unit_mult
      cells$year[u, j] <- pick$year
      cells$source[u, j] <- pick$source
      if (!is.null(den)) {
        cells$den_value[u, j] <- den$value
        cells$den_mult[u, j] <- den$unit_mult
        cells$den_year[u, j] <- den$year
        cells$den_source[u, j] <- den$source
      }
    }
  }
  cells
}

# The values the index reads: as published (times 10^unit_mult), intensities divided.
denominate <- function(cells) {
  X <- matrix(as.numeric(cells$value) * 10^as.numeric(cells$mult), nrow = length(members),
              dimnames = dimnames(cells$value))
  D <- matrix(as.numeric(cells$den_value) * 10^as.numeric(cells$den_mult), nrow = length(members),
              dimnames = dimnames(cells$value))
  for (j in which(indicators$denominator != "")) X[, j] <- X[, j] / (D[, j] / indicators$scale[j])
  X
}

build <- function(X) {
  # Screen byNA.
  kept <- members[rowMeans(!is.na(X)) >= 0.75]
  X <- X[kept, , drop = FALSE]

  # Impute with the column mean.
  imputed <- is.na(X)
  for (j in seq_len(ncol(X))) X[is.na(X[, j]), j] <- mean(X[, j], na.rm = TRUE)

  skew <- function(x) {
    n <- length(x); d <- x - mean(x)
    (sqrt(n) * sum(d^3) / sum(d^2)^1.5) * sqrt(n * (n - 1)) / (n - 2)
  }
  kurt <- function(x) {
    n <- length(x); d <- x - mean(x); r <- n * sum(d^4) / sum(d^2)^2
    ((n + 1) * (r - 3) + 6) * (n - 1) / ((n - 2) * (n - 3))
  }
  passes <- function(x) !(abs(skew(x)) >= 2 && kurt(x) >= 3.5)

  treatment <- setNames(rep("none", ncol(X)), colnames(X))
  for (j in seq_len(ncol(X))) {
    x0 <- X[, j]
    if (passes(x0)) next
    x <- x0; high <- 0; low <- 0
    while (!passes(x) && high + low < 1) {
      if (skew(x) >= 0) {
        at <- which(x == max(x)); x[at] <- max(x[x < max(x)]); high <- length(at)
      } else {
        at <- which(x == min(x)); x[at] <- min(x[x > min(x)]); low <- length(at)
      }
    }
    if (passes(x)) {
      X[, j] <- x; treatment[j] <- "winsorised"
    } else {
      range <- max(x0) - min(x0)
      X[, j] <- if (skew(x0) >= 0) log(x0 - min(x0) + 0.01 * range) else -log(max(x0) + 0.01 * range - x0)
      treatment[j] <- "log"
    }
  }

  # Normalise: direction, then min-max 0-100.
  N <- X
  for (j in seq_len(ncol(X))) {
    x <- X[, j] * indicators$direction[j]
    N[, j] <- (x - min(x)) / (max(x) - min(x)) * 100
  }

  P <- sapply(pillars, function(p) rowMeans(N[, indicators$pillar == p, drop = FALSE]))
  P <- matrix(P, nrow = length(kept), dimnames = list(kept, pillars))
  index <- rowMeans(P)
  rank_index <- rank(-index, ties.method = "min")
  list(kept = kept, X = X, imputed = imputed, treatment = treatment, N = N, P = P, index = index, rank = rank_index)
}

num <- function(x) ifelse(is.na(x), "null", sprintf("%.17g", x))
str <- function(x) ifelse(is.na(x), "null", sprintf("\"%s\"", x))
obj <- function(keys, values) paste0("{", paste(sprintf("\"%s\": %s", keys, values), collapse = ", "), "}")

cells_json <- function(cells, X) {
  obj(members, sapply(members, function(u) obj(indicators$code, sapply(seq_len(nrow(indicators)), function(j) {
    i <- indicators$code[j]
    fields <- c("value", "year", "source", "indicatorValue")
    values <- c(str(cells$value[u, i]), num(as.numeric(cells$year[u, i])), str(cells$source[u, i]), num(X[u, i]))
    if (indicators$denominator[j] != "") {
      fields <- c(fields, "denominator")
      values <- c(values, obj(c("value", "year", "source"),
                              c(str(cells$den_value[u, i]), num(as.numeric(cells$den_year[u, i])), str(cells$den_source[u, i]))))
    }
    obj(fields, values)
  }))))
}

as_json <- function(cells, indent) {
  X <- denominate(cells)
  b <- build(X)
  kept <- b$kept
  per_unit <- function(f) obj(kept, sapply(kept, f))
  pad <- strrep(" ", indent)
  paste0(
    "{\n",
    pad, "  \"cells\": ", cells_json(cells, X), ",\n",
    pad, "  \"kept\": [", paste(sprintf("\"%s\"", kept), collapse = ", "), "],\n",
    pad, "  \"treatment\": ", obj(names(b$treatment), str(b$treatment)), ",\n",
    pad, "  \"imputed\": ", per_unit(function(u) paste0("[", paste(sprintf("\"%s\"", colnames(b$X)[b$imputed[u, ]]), collapse = ", "), "]")), ",\n",
    pad, "  \"normalised\": ", per_unit(function(u) obj(colnames(b$N), num(b$N[u, ]))), ",\n",
    pad, "  \"pillars\": ", per_unit(function(u) obj(pillars, num(b$P[u, ]))), ",\n",
    pad, "  \"index\": ", per_unit(function(u) num(b$index[[u]])), ",\n",
    pad, "  \"rank\": ", per_unit(function(u) num(b$rank[[u]])), "\n",
    pad, "}"
  )
}

# The second case, made as the test makes it: Tajikistan loses three series and its GDP PPP of
# 2013 and 2020. Its waste figure (2013) then has no GDP of its year and is missing; its CO2 is
# divided by the GDP of 2019, the latest year with both. With 8 of 12 indicators it is screened
# out; the other nine are ranked among themselves.
thinned <- observations[!(observations$area == "TJK" & (
  observations$indicator %in% c("EN_MAT_DOMCMPG", "EG.FEC.RNEW.ZS", "EG.ELC.RNEW.ZS") |
    (observations$indicator == gdp & observations$time_period %in% c("2013", "2020")))), ]

json <- paste0(
  "{\n",
  "  \"baseline\": ", as_json(read_cells(observations), 2), ",\n",
  "  \"tajikistanThinned\": ", as_json(read_cells(thinned), 2), "\n",
  "}\n"
)
writeLines(json, file.path(here, "readiness-index.json"), sep = "")
