# Reference values for the Treat and Normalise steps, from plain base R (Debian r-base, no
# packages): the statistics of spec §4.4 written out from their formulas, the winsorise-then-log
# procedure as the spec describes it (R's own NA logic decides what an undecidable test does),
# and the normalisation formulas of spec §4.5 with R's rank(). COINr is not used.
#
# Run from this folder:  Rscript treat-normalise-reference.R > treat-normalise-reference.json
# then format the JSON with `npx biome format --write` (the values are unchanged).

g1 <- function(x) {
  x <- x[!is.na(x)]; n <- length(x)
  if (n < 3) return(NA_real_)
  d <- x - mean(x)
  (sqrt(n) * sum(d^3) / sum(d^2)^1.5) * sqrt(n * (n - 1)) / (n - 2)
}
g2 <- function(x) {
  x <- x[!is.na(x)]; n <- length(x)
  if (n < 4) return(NA_real_)
  d <- x - mean(x)
  r <- n * sum(d^4) / sum(d^2)^2
  ((n + 1) * (r - 3) + 6) * (n - 1) / ((n - 2) * (n - 3))
}
passes <- function(x, st = 2, kt = 3.5) (abs(g1(x)) < st) | (g2(x) < kt)

# Winsorise: move every cell holding the current extreme (side from the sign of g1) to the
# nearest other value; the count is the size of the last high set plus the last low set.
wins <- function(x, winmax = 5, force = FALSE) {
  hi <- integer(0); lo <- integer(0); count <- 0
  ok <- passes(x)
  while ((!ok | force) & (is.null(winmax) || count < winmax)) {
    if (g1(x) >= 0) {
      top <- max(x, na.rm = TRUE); hi <- which(x == top)
      x[hi] <- max(x[x != top], na.rm = TRUE)
    } else {
      bottom <- min(x, na.rm = TRUE); lo <- which(x == bottom)
      x[lo] <- min(x[x != bottom], na.rm = TRUE)
    }
    count <- length(hi) + length(lo)
    ok <- passes(x)
  }
  list(x = x, count = count)
}
logct <- function(x) {
  lo <- min(x, na.rm = TRUE); hi <- max(x, na.rm = TRUE)
  log(x - lo + 0.01 * (hi - lo))
}
logct_mirror <- function(x) {
  lo <- min(x, na.rm = TRUE); hi <- max(x, na.rm = TRUE)
  -log(hi + 0.01 * (hi - lo) - x)
}
boxcox_shifted <- function(x, lambda) {
  y <- x - min(x, na.rm = TRUE) + 1
  if (lambda == 0) log(y) else (y^lambda - 1) / lambda
}
# The whole procedure: test, winsorise, test, else f2 on the original (or on the winsorised
# vector when combine is TRUE).
# R stops when the test becomes NA inside the loop (a column made constant); the column is
# then returned as it was (stage -1).
treat <- function(x, winmax = 5, f2 = logct, combine = FALSE, force = FALSE) {
  tryCatch(treat_steps(x, winmax, f2, combine, force), error = function(e) list(x = x, count = NA, stage = -1L))
}
treat_steps <- function(x, winmax, f2, combine, force) {
  if (passes(x) & !force) return(list(x = x, count = NA, stage = 0))
  w <- wins(x, winmax, force)
  if (passes(w$x)) return(list(x = w$x, count = w$count, stage = 1))
  list(x = f2(if (combine) w$x else x), count = w$count, stage = 2)
}

num <- function(v) {
  s <- ifelse(is.na(v), "null", ifelse(is.infinite(v), ifelse(v > 0, "\"Inf\"", "\"-Inf\""), sprintf("%.17g", v)))
  paste0("[", paste(s, collapse = ", "), "]")
}
entries <- character(0)
put <- function(name, value) entries <<- c(entries, sprintf("  \"%s\": %s", name, value))
put_treat <- function(name, input, result) {
  put(name, sprintf("{\"input\": %s, \"output\": %s, \"count\": %s, \"stage\": %d}",
                    num(input), num(result$x), ifelse(is.na(result$count), "null", result$count), result$stage))
}

# Statistics.
stats_inputs <- list(
  one_outlier = c(1:10, 100),
  with_missing = c(2, 4, NA, 7, 1, 9, 30),
  negative_skew = c(-50, 1:10),
  decimals = c(0.11, 0.35, 0.2, 0.93, 0.48, 0.05, 0.71)
)
for (nm in names(stats_inputs)) {
  x <- stats_inputs[[nm]]
  put(paste0("stats_", nm), sprintf("{\"input\": %s, \"mean\": %s, \"median\": %s, \"sd\": %s, \"variance\": %s, \"skew\": %s, \"kurt\": %s}",
    num(x), num(mean(x, na.rm = TRUE)), num(median(x, na.rm = TRUE)), num(sd(x, na.rm = TRUE)),
    num(var(x, na.rm = TRUE)), num(g1(x)), num(g2(x))))
}

# Treatment.
put_treat("treat_one_outlier", c(1:10, 100), treat(c(1:10, 100)))
x2 <- c(1:20, 100, 200)
put_treat("treat_log_fallback", x2, treat(x2, winmax = 1))
put_treat("treat_combine", x2, treat(x2, winmax = 1, combine = TRUE))
put_treat("treat_boxcox", x2, treat(x2, winmax = 1, f2 = function(x) boxcox_shifted(x, 0.5)))
put_treat("treat_force", x2, treat(x2, winmax = 3, force = TRUE))
x3 <- c(1:30, 500, 500, 500)
put_treat("treat_tied_max", x3, treat(x3, winmax = 1))
x4 <- c(-300, -200, 1:20, NA, 5)
put_treat("treat_negative_skew", x4, treat(x4, winmax = 5))
x5 <- c(-2000, -1000, 1:30, NA)
put_treat("treat_negative_log", x5, treat(x5, winmax = 1))
put_treat("treat_negative_mirrored", x5, treat(x5, winmax = 1, f2 = logct_mirror))
put("treat_negative_log_skew_after", num(g1(treat(x5, winmax = 1)$x)))
put("treat_negative_mirrored_skew_after", num(g1(treat(x5, winmax = 1, f2 = logct_mirror)$x)))
x6 <- c(1:30, 500, 1000, 2000, 4000, 8000, 16000)
put_treat("treat_unlimited", x6, treat(x6, winmax = NULL))
x7 <- c(rep(1, 10), 100)
put_treat("treat_made_constant", x7, treat(x7))

# Normalisation (after the direction flip).
v <- c(3, 7, NA, 7, 1, 12.5, -2)
lo <- min(v, na.rm = TRUE); hi <- max(v, na.rm = TRUE)
put("norm_input", num(v))
put("norm_minmax_0_100", num((v - lo) / (hi - lo) * 100))
put("norm_minmax_1_10", num((v - lo) / (hi - lo) * 9 + 1))
put("norm_minmax_flipped", num((-v - min(-v, na.rm = TRUE)) / (max(-v, na.rm = TRUE) - min(-v, na.rm = TRUE)) * 100))
put("norm_zscore_10_2", num((v - mean(v, na.rm = TRUE)) / sd(v, na.rm = TRUE) * 2 + 10))
put("norm_scaled_1_10", num((v - 1) / (10 - 1) * 100))
for (ties in c("min", "max", "average", "first", "last")) {
  r <- rank(v, ties.method = ties, na.last = "keep")
  put(paste0("norm_rank_", ties), num(r))
  put(paste0("norm_borda_", ties), num(r - 1))
  put(paste0("norm_prank_", ties), num((r - 1) / (sum(!is.na(v)) - 1)))
}
put("norm_fracmax", num(v / hi))
put("norm_dist2max", num(1 - (hi - v) / (hi - lo)))
put("norm_dist2ref_2", num(1 - (v[2] - v) / (v[2] - lo)))
put("norm_dist2ref_2_cap", num(pmin(1 - (v[2] - v) / (v[2] - lo), 1)))
put("norm_dist2targ_10", num((v - lo) / (10 - lo)))
put("norm_dist2targ_10_cap", num(pmin((v - lo) / (10 - lo), 1)))
put("norm_dist2targ_neg_0", num((hi - v) / (hi - 0)))
put("norm_dist2targ_neg_0_cap", num(pmin((hi - v) / (hi - 0), 1)))
gp <- (v - 0) / (10 - 0)
put("norm_goalposts_0_10_100", num(pmin(pmax(gp, 0), 1) * 100))
put("norm_goalposts_0_10_untruncated", num(gp * 100))
put("norm_goalposts_reversed", num(pmin(pmax((v - 10) / (0 - 10), 0), 1)))
# Direction -1 with iMeta parameters: targets and posts are read in the original units.
put("norm_imeta_dist2targ_dir_neg_target_0", num(pmin((hi - v) / (hi - 0), 1)))
put("norm_imeta_goalposts_dir_neg_0_10", num(pmin(pmax((10 - v) / (10 - 0), 0), 1)))

cat("{\n", paste(entries, collapse = ",\n"), "\n}\n", sep = "")
