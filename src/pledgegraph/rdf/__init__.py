"""RDF side of the pipeline: namespaces, stable IRIs, model -> triples, graph loading."""
