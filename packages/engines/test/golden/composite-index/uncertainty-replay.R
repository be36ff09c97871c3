# An end-to-end reference for replaying a COINr sensitivity design (uncertainty-replay.test.ts):
# a small index rebuilt in plain base R for every row of a Saltelli design drawn with R's own
# runif, choices mapped with cut(x, K, 1:K) as COINr's sample_2_para does, then COINr's summaries
# (rank(-x, ties = "min"), RankStats over the first 2N replications, mean absolute rank shift,
# Si and STi of SA_estimate) written out from their definitions in spec §7. No COINr code.
# Run: Rscript uncertainty-replay.R > uncertainty-replay.json
num <- function(v) paste0("[", paste(ifelse(is.na(v), "null", sprintf("%.17g", v)), collapse = ","), "]")
mat <- function(m) paste0("[", paste(apply(m, 1, num), collapse = ","), "]")

units <- c("AT", "BE", "CY", "DK", "EE", "FI", "GR")
X <- cbind(Goods = c(12, 30, 7, 22, 15, 9, 18),
           Waste = c(5, 3, 8, 4, 6, 2, 7),      # Direction -1
           Jobs  = c(40, 25, 33, 50, 20, 45, 28),
           Recyc = c(0.3, 0.6, 0.2, 0.5, 0.4, 0.7, 0.35))
direction <- c(1, -1, 1, 1)
pillar <- c("Econ", "Econ", "Soc", "Soc")
weight_sets <- list(
  Original = c(Goods = 1, Waste = 1, Jobs = 2, Recyc = 1, Econ = 1, Soc = 1),
  Tilted   = c(Goods = 2, Waste = 1, Jobs = 1, Recyc = 1, Econ = 1, Soc = 3))
normalisations <- list(function(x) (x - min(x)) / (max(x) - min(x)) * 99 + 1,          # n_minmax l_u (1, 100)
                       function(x) (x - min(x)) / (max(x) - min(x)) * 10 + 10,         # n_minmax l_u (10, 20)
                       function(x) (x - mean(x)) / sd(x) * 2 + 10)                     # n_zscore m_sd (10, 2)
amean <- function(y, w) sum(w * y) / sum(w)
gmean <- function(y, w) exp(sum(w * log(y)) / sum(w))
index_of <- function(norm, agg, wset) {
  w <- weight_sets[[wset]]
  Y <- sapply(1:4, function(j) normalisations[[norm]](direction[j] * X[, j]))
  f <- if (agg == 1) amean else gmean
  econ <- apply(Y[, pillar == "Econ"], 1, f, w = w[c("Goods", "Waste")])
  soc <- apply(Y[, pillar == "Soc"], 1, f, w = w[c("Jobs", "Recyc")])
  apply(cbind(econ, soc), 1, f, w = w[c("Econ", "Soc")])
}

N <- 8; d <- 3
set.seed(11)
base <- matrix(runif(d * N * 2), nrow = N)       # SA_sample's layout: A = first d columns, B = last d
A <- base[, 1:d]; B <- base[, (d + 1):(2 * d)]
design <- rbind(A, B, do.call(rbind, lapply(1:d, function(i) { AB <- A; AB[, i] <- B[, i]; AB })))
K <- c(3, 2, 2)
chosen <- sapply(1:d, function(i) as.integer(cut(design[, i], K[i], 1:K[i])))
scores <- sapply(seq_len(nrow(design)), function(r) index_of(chosen[r, 1], chosen[r, 2], c("Original", "Tilted")[chosen[r, 3]]))
nominal <- index_of(1, 1, "Original")
ranks <- apply(scores, 2, function(s) rank(-s, ties.method = "min"))
nominal_rank <- rank(-nominal, ties.method = "min")
first2N <- ranks[, 1:(2 * N)]
shift <- apply(ranks, 2, function(x) mean(abs(x - nominal_rank)))
yA <- shift[1:N]; yB <- shift[(N + 1):(2 * N)]; V <- var(c(yA, yB))
Si <- sapply(1:d, function(i) mean(yB * (shift[((1 + i) * N + 1):((2 + i) * N)] - yA)) / V)
STi <- sapply(1:d, function(i) sum((yA - shift[((1 + i) * N + 1):((2 + i) * N)])^2) / (2 * N * V))

cat('{"source":"uncertainty-replay.R","n":', N, ',"units":["', paste(units, collapse = '","'), '"],',
    '"design":', mat(design), ',"chosen":', mat(chosen), ',"nominal":', num(nominal),
    ',"scores":', mat(t(scores)), ',"ranks":', mat(t(ranks)),
    ',"rankStats":{"mean":', num(apply(first2N, 1, mean)), ',"median":', num(apply(first2N, 1, median)),
    ',"q5":', num(apply(first2N, 1, quantile, 0.05)), ',"q95":', num(apply(first2N, 1, quantile, 0.95)), '}',
    ',"shift":', num(shift), ',"variance":', sprintf("%.17g", V), ',"si":', num(Si), ',"sti":', num(STi), '}\n', sep = "")
