graph [
  directed 1
  name "advice"
  node [
    id 0
    label "Hospital trust"
    sector "specialist"
  ]
  node [
    id 1
    label "Municipality"
    sector "primary"
  ]
  node [
    id 2
    label "GP &quot;Nord&quot;"
  ]
  edge [
    source 0
    target 1
    weight 2.5
  ]
  edge [
    source 2
    target 0
    label "referrals"
  ]
]
