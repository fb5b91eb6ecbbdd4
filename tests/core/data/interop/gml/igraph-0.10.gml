Creator "igraph version 0.10.4 Mon Mar 11 10:00:00 2024"
Version 1
graph
[
  directed 0
  node
  [
    id 0
    name "a"
  ]
  node
  [
    id 1
    name "b"
  ]
  node
  [
    id 2
    name "c"
  ]
  edge
  [
    source 0
    target 1
  ]
  edge
  [
    source 1
    target 2
    weight 3
  ]
]
