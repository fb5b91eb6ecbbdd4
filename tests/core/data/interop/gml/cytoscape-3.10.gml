Creator "Cytoscape"
Version 1.0
graph	[
	node	[
		root_index	-3
		id	-3
		graphics	[
			x	120.0
			y	-40.0
			w	35.0
			h	35.0
			fill	"#FF6666"
			type	"ellipse"
		]
		label	"Hospital"
	]
	node	[
		root_index	-2
		id	-2
		graphics	[
			x	300.0
			y	80.0
			w	35.0
			h	35.0
			fill	"#6666FF"
			type	"rectangle"
		]
		label	"Municipality"
	]
	edge	[
		root_index	-1
		target	-2
		source	-3
		label	"pp"
	]
]
