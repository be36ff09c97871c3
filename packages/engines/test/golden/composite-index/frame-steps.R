# Golden values for the frame and the first three steps (Denominate, Impute, Screen) and for
# ranks, computed with base R (Debian r-base, no packages) as COINr 1.1.14 defines them: each
# block restates COINr's documented rule in plain R (mean/median/split/rank), so the engine's
# TypeScript is checked against R's arithmetic, R's sort order and R's rank().
# Run from the repository root:
#   Rscript packages/engines/test/golden/composite-index/frame-steps.R > packages/engines/test/golden/composite-index/frame-steps.json

json <- function(x) {
  if (is.list(x)) {
    if (is.null(names(x))) return(paste0("[", paste(vapply(x, json, ""), collapse = ","), "]"))
    return(paste0("{", paste0('"', names(x), '":', vapply(x, json, ""), collapse = ","), "}"))
  }
  if (is.character(x)) return(paste0("[", paste0('"', x, '"', collapse = ","), "]"))
  if (is.logical(x)) return(paste0("[", paste(ifelse(x, "true", "false"), collapse = ","), "]"))
  num <- ifelse(is.na(x), "null", ifelse(is.infinite(x), ifelse(x > 0, '"Inf"', '"-Inf"'), sprintf("%.17g", x)))
  paste0("[", paste(num, collapse = ","), "]")
}

# --- the small coin of test/composite-index/frame-fixtures.ts, in its iData order ------------
uCode  <- c("DE", "AM", "FR", "BY", "CZ", "EE")
Region <- c("West", "East", "West", "East", NA, "East")
GDP    <- c(4, 2, 3, 1, 2, 0.5)
Pop    <- c(80, 3, 60, 9, 10, 1)
Goods  <- c(20, 6, 9, NA, 8, 4)
Waste  <- c(5, NA, 4, 7, 6, 3)
Jobs   <- c(30, 10, NA, 20, 25, 15)
Recyc  <- c(NA, 12, 15, 18, 9, 6)
direction <- c(Goods = 1, Waste = -1, Jobs = 1, Recyc = 1)
pillar    <- c(Goods = "Econ", Waste = "Econ", Jobs = "Soc", Recyc = "Soc")

# new_coin sorts units with order(uCode): R's collation (ICU here, as in any non-C locale).
o <- order(uCode)
X <- data.frame(Goods, Waste, Jobs, Recyc)[o, ]
grp <- Region[o]

sort_codes <- c("b", "A", "a", "B", "x_1", "x1", "X2", "ab", "AB", "Ab", "a10", "a2", "Z", "z", "BEL", "BE", "be", "b_e", "B1")

# --- Denominate: x / (D / s) ------------------------------------------------------------------
denominated <- list(
  Goods = (Goods / (GDP / 1))[o],
  Recyc = (Recyc / (Pop / 1))[o],
  JobsPerThousand = (Jobs / (Pop / 1000))[o]
)

# --- Impute -----------------------------------------------------------------------------------
fill_col <- function(x, f) { x[is.na(x)] <- f(x[!is.na(x)]); x }
fill_grp <- function(x, g, f) {
  for (level in unique(g[!is.na(g)])) {
    at <- which(!is.na(g) & g == level)
    avail <- x[at][!is.na(x[at])]
    x[at][is.na(x[at])] <- if (length(avail) == 0) NA else f(avail)
  }
  x
}
by_column <- function(X, fill) as.list(as.data.frame(lapply(X, fill)))

row_impute <- function(X, f, normalise, groups) {
  Z <- X; mins <- c(); maxs <- c()
  if (normalise) {
    for (j in names(X)) {
      xd <- X[[j]] * direction[[j]]
      mins[j] <- min(xd, na.rm = TRUE); maxs[j] <- max(xd, na.rm = TRUE)
      Z[[j]] <- (xd - mins[j]) / (maxs[j] - mins[j])
    }
  }
  out <- X
  for (i in seq_len(nrow(X))) {
    for (g in unique(groups)) {
      cols <- names(X)[groups == g]
      z <- unlist(Z[i, cols])
      value <- if (all(is.na(z))) NA else f(z[!is.na(z)])
      for (j in cols) if (is.na(X[i, j])) {
        out[i, j] <- if (normalise) (value * (maxs[j] - mins[j]) + mins[j]) * direction[[j]] else value
      }
    }
  }
  as.list(out)
}

# Goods missing for both West units (DE, FR): a group whose values are all missing stays missing.
X_west_gap <- X
X_west_gap$Goods[grp %in% "West"] <- NA

imputed <- list(
  column_mean = by_column(X, function(x) fill_col(x, mean)),
  column_median = by_column(X, function(x) fill_col(x, median)),
  group_mean = by_column(X, function(x) fill_grp(x, grp, mean)),
  group_median = by_column(X, function(x) fill_grp(x, grp, median)),
  group_mean_west_gap = by_column(X_west_gap, function(x) fill_grp(x, grp, mean)),
  row_mean_normalised = row_impute(X, mean, TRUE, rep("all", 4)),
  row_mean_normalised_by_pillar = row_impute(X, mean, TRUE, pillar[names(X)]),
  row_median_raw = row_impute(X, median, FALSE, rep("all", 4))
)

# --- Screen -----------------------------------------------------------------------------------
S <- data.frame(
  A = c(0, NA, 1, 2, NA, 0),
  B = c(0, NA, 0, 3, 5, 0),
  C = c(0, NA, 4, NA, 1, 7),
  D = c(0, NA, 2, 1, 2, 0)
)
N_missing <- rowSums(is.na(S))
N_zero <- rowSums(S == 0, na.rm = TRUE)
Dat_Avail <- 1 - N_missing / ncol(S)
Non_Zero <- 1 - N_zero / (ncol(S) - N_missing)
screen <- list(
  N_missing = N_missing, N_zero = N_zero, Dat_Avail = Dat_Avail, Non_Zero = Non_Zero,
  keep_byNA_075 = Dat_Avail >= 0.75,
  keep_byNA_default = Dat_Avail >= 2/3,
  keep_byzeros_030 = !is.na(Non_Zero) & Non_Zero >= 0.3,
  keep_both = Dat_Avail >= 0.75 & !is.na(Non_Zero) & Non_Zero >= 0.3
)

# --- Ranks: rank(-x, ties.method = "min", na.last = "keep") ---------------------------------
scores <- c(3.5, 7, NA, 7, 1, 3.5, 10, -2)
ranks <- rank(-scores, ties.method = "min", na.last = "keep")

cat(json(list(
  units = uCode[o],
  sortCodesInput = sort_codes,
  sortedCodes = sort(sort_codes),
  denominated = denominated,
  imputed = imputed,
  screen = screen,
  rankScores = scores,
  ranks = ranks
)), "\n")
