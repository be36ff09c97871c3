# The ECO readiness index recomputed from data/baseline/observations.csv in plain R (r-base only,
# no COINr), as the independent reference for compute-readiness-index.test.ts.
#
#   Rscript packages/services/src/readiness-index/golden/readiness-index.R
#
# writes readiness-index.json beside this script. The indicator list is written out again here on
# purpose (not read from the TypeScript framework), so a change there must be made here too.
#
# Steps, as the readiness page describes them (strict mode of the engine):
#   cells     latest value at or after each indicator's first year, in exactly its breakdown;
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
indicators <- data.frame(
  code = c("DMC_PC", "DMC_GDP", "MSW_PC", "MSW_DUMP", "EWASTE_PC", "CO2_PC", "H2O_STRESS",
           "ENERGY_INT", "RENEW_FEC", "RENEW_ELC", "FFS_GDP", "MANF_VA", "MANF_TECH", "MANF_EMP"),
  pillar = c(rep("Materials", 5), rep("Environment", 3), rep("Responses", 3), rep("Opportunities", 3)),
  series = c("EN_MAT_DOMCMPC", "EN_MAT_DOMCMPG", "WAW_MSW_PER_CAPITA", "WAW_MSW_TREATMENT",
             "EN_EWT_GENPCAP", "CDIAC_CO2_PCAP", "ER_H2O_STRESS", "EG.EGY.PRIM.PP.KD",
             "EG.FEC.RNEW.ZS", "EG.ELC.RNEW.ZS", "ER_FFS_PRTSPR", "NV_IND_MANF",
             "NV.MNF.TECH.ZS.UN", "SL_TLF_MANF"),
  dims = c("", "", "", "WASTE_TREATMENT=OPEN_DUMP", rep("", 10)),
  direction = c(-1, -1, -1, -1, -1, -1, -1, -1, 1, 1, -1, 1, 1, 1),
  from = c(2010, 2010, 2010, 2010, 2015, 2015, 2010, 2015, 2015, 2015, 2015, 2015, 2015, 2010),
  stringsAsFactors = FALSE
)
pillars <- c("Materials", "Environment", "Responses", "Opportunities")

here <- dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)))
obs <- read.csv(file.path(here, "../../../../../data/baseline/observations.csv"),
                colClasses = "character", na.strings = character(0))
obs$year <- as.integer(obs$time_period)

# Cells: published text, year and source per indicator x member.
value_text <- matrix(NA_character_, length(members), nrow(indicators), dimnames = list(members, indicators$code))
year <- matrix(NA_integer_, length(members), nrow(indicators), dimnames = dimnames(value_text))
source <- matrix(NA_character_, length(members), nrow(indicators), dimnames = dimnames(value_text))
for (j in seq_len(nrow(indicators))) {
  for (u in members) {
    rows <- obs[obs$indicator == indicators$series[j] & obs$area == u & obs$dimensions == indicators$dims[j] &
                obs$year >= indicators$from[j], ]
    if (nrow(rows) == 0) next
    latest <- rows[which.max(rows$year), ]
    value_text[u, j] <- latest$value
    year[u, j] <- latest$year
    source[u, j] <- latest$source
  }
}
build <- function(value_text) {
  X <- matrix(as.numeric(value_text), nrow = length(members), dimnames = dimnames(value_text))

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
as_json <- function(b, indent) {
  kept <- b$kept
  per_unit <- function(f) obj(kept, sapply(kept, f))
  pad <- strrep(" ", indent)
  paste0(
    "{\n",
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

# The second case: Tajikistan without four of its series (as the test deletes them), so it has data
# for 9 of 14 indicators and is screened out; the other nine are ranked among themselves.
thinned <- value_text
thinned["TJK", c("DMC_PC", "DMC_GDP", "CO2_PC", "RENEW_FEC")] <- NA

json <- paste0(
  "{\n",
  "  \"cells\": ", obj(members, sapply(members, function(u) obj(indicators$code, sapply(indicators$code, function(i)
    obj(c("value", "year", "source"), c(str(value_text[u, i]), num(year[u, i]), str(source[u, i]))))))), ",\n",
  "  \"baseline\": ", as_json(build(value_text), 2), ",\n",
  "  \"tajikistanThinned\": ", as_json(build(thinned), 2), "\n",
  "}\n"
)
writeLines(json, file.path(here, "readiness-index.json"), sep = "")
