#!/usr/bin/env Rscript
# Gould-Fernandez brokerage reference counts from R sna::brokerage (DOMAIN.md §3).
#
# Reads tests/reference/data/brokerage-inputs.csv (name,directed,partition_attribute; written by
# generate_networkx.py) and, for each data set NAME, NAME.edges.csv (source,target) and
# NAME.partition.csv (node,group; its order is the vertex order). Builds the adjacency matrix
# (an undirected tie is two arcs: the matrix is symmetric), calls sna::brokerage(g, cl) and writes
# NAME.sna-brokerage.csv with the raw per-vertex counts $raw.nli:
#   node,w_I,w_O,b_IO,b_OI,b_O,t
# Patterns as counted by sna's C code (brokerage_R in src/gli.c), for an open two-path
# i -> j -> k (i != k, no arc i -> k), broker j; source group, broker group, target group:
#   w_I  coordinator              A -> A -> A
#   w_O  itinerant (consultant)   A -> B -> A
#   b_IO representative           A -> A -> B   (source and broker in the same group)
#   b_OI gatekeeper               A -> B -> B   (broker and target in the same group)
#   b_O  liaison                  A -> B -> C
#   t    total of the five
# Usage: Rscript sna_brokerage.R [DATA_DIR]   (default: the data/ folder next to this script)

suppressPackageStartupMessages(library(sna))

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
data_dir <- if (length(commandArgs(trailingOnly = TRUE)) > 0) {
  commandArgs(trailingOnly = TRUE)[1]
} else {
  file.path(dirname(normalizePath(script)), "data")
}

read <- function(name) {
  read.csv(file.path(data_dir, name), colClasses = "character", check.names = FALSE,
           encoding = "UTF-8", stringsAsFactors = FALSE)
}

inputs <- read("brokerage-inputs.csv")
for (r in seq_len(nrow(inputs))) {
  name <- inputs$name[r]
  directed <- toupper(inputs$directed[r]) == "TRUE"
  partition <- read(paste0(name, ".partition.csv"))
  edges <- read(paste0(name, ".edges.csv"))
  n <- nrow(partition)
  index <- setNames(seq_len(n), partition$node)
  if (any(is.na(index[edges$source])) || any(is.na(index[edges$target])))
    stop(name, ": an edge names a node that is not in the partition file")

  g <- matrix(0, n, n, dimnames = list(partition$node, partition$node))
  s <- index[edges$source]
  t <- index[edges$target]
  g[cbind(s, t)] <- 1
  if (!directed) g[cbind(t, s)] <- 1
  diag(g) <- 0  # self-loops never broker (sna skips them too)

  b <- brokerage(g, partition$group)$raw.nli
  out <- data.frame(node = partition$node, b, check.names = FALSE, row.names = NULL)
  stopifnot(identical(colnames(out), c("node", "w_I", "w_O", "b_IO", "b_OI", "b_O", "t")))
  quote <- if (any(grepl("[,\"\n]", out$node))) 1 else FALSE  # node names with separators only
  write.csv(out, file.path(data_dir, paste0(name, ".sna-brokerage.csv")), row.names = FALSE, quote = quote)
  cat(sprintf("%-16s %4d nodes  total brokerage %g\n", name, n, sum(out$t)))
}
