# Expected rank statistics, mean absolute rank shifts and sensitivity indices for rank-stats.ts and
# sensitivity-indices.ts, computed in plain base R (Debian r-base) from the definitions of spec §7:
# R's mean/median/quantile (type 7) with na.rm = TRUE per unit; mean(abs(rank - nominal), na.rm = TRUE)
# per replication; V = var(c(yA, yB)), Si = mean(yB * (yABi - yA)) / V, STi = sum((yA - yABi)^2) / (2 N V).
# Run: Rscript uncertainty-summaries.R > uncertainty-summaries.json
num <- function(v) paste0("[", paste(ifelse(is.na(v), "null", sprintf("%.17g", v)), collapse = ","), "]")

set.seed(7)
units <- 6; reps <- 9
ranks <- matrix(sample(1:units, units * reps, replace = TRUE), nrow = units)  # units x replications
ranks[2, 3] <- NA; ranks[2, 7] <- NA; ranks[5, ] <- NA; ranks[, 4] <- NA     # a gap, a unit never ranked, a failed rep
nominal <- c(1, 2, 3, 4, NA, 6)
use <- 6  # statistics over the first 6 replications only, as an SA uses its first 2N
sub <- ranks[, 1:use, drop = FALSE]
stat <- function(f) apply(sub, 1, function(x) f(x[!is.na(x)]))
q <- function(p) apply(sub, 1, function(x) if (all(is.na(x))) NA else quantile(x, p, na.rm = TRUE, type = 7))
shift <- apply(ranks, 2, function(x) mean(abs(x - nominal), na.rm = TRUE))

N <- 6; d <- 3
y <- round(runif(N * (d + 2)) * 10, 3)
yA <- y[1:N]; yB <- y[(N + 1):(2 * N)]; V <- var(c(yA, yB))
Si <- sapply(1:d, function(i) { yAB <- y[((1 + i) * N + 1):((2 + i) * N)]; mean(yB * (yAB - yA)) / V })
STi <- sapply(1:d, function(i) { yAB <- y[((1 + i) * N + 1):((2 + i) * N)]; sum((yA - yAB)^2) / (2 * N * V) })

cat('{"source":"uncertainty-summaries.R",\n',
    '"rankStats":{"units":', units, ',"replications":', reps, ',"use":', use,
    ',"ranksByReplication":', num(as.vector(ranks)), ',"nominal":', num(nominal),
    ',"mean":', num(stat(mean)), ',"median":', num(apply(sub, 1, median, na.rm = TRUE)),
    ',"q5":', num(q(0.05)), ',"q95":', num(q(0.95)), ',"shift":', num(shift), '},\n',
    '"sensitivity":{"n":', N, ',"d":', d, ',"y":', num(y), ',"variance":', sprintf("%.17g", V),
    ',"si":', num(Si), ',"sti":', num(STi), '}}\n', sep = "")
