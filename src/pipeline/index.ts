/** The pipeline board: the `#/pipeline` page and the per-offer board for the offer's page. */
export { PipelineBoard, type PipelineBoardProps } from './PipelineBoard';
export { PipelinePage } from './PipelinePage';
