// The comparison engine's public face: what the extension, the CLI and the evaluations import.
export { ANALYSIS_VERSION, analyzeArticle } from '../text/analyze';
export { compareArticle, matchThreshold } from './compare';
export { labelStory } from './label';
export { tfidf, type Scorer, type Similarity } from './similarity';
export { groupStories, StoryIndex, STORY_MATCH } from './story-index';
