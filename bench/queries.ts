/** The operations the benchmarks time: the timeline of issue 2 and the pipeline board of issue 3. */
export const BOARD = `query Board {
  pipeline(id: "7000001") { name statuses { id name } }
  leads(filter: { pipelineIds: ["7000001"] }, first: 50) {
    nodes { id name price status { id } responsibleUser { name } company { name } contacts { name phones } }
  }
}`;
export const TIMELINE = `query Timeline {
  events(first: 100) {
    nodes {
      id type
      entity { ... on Lead { name } }
      createdBy { name }
      ... on LeadStatusChangedEvent { statusAfter { name pipeline { name } } }
    }
  }
}`;
