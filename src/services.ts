import path from 'node:path';
import type nunjucks from 'nunjucks';
import type { Config } from './config.js';
import { loadContent } from './content/loader.js';
import { ContentService } from './content/service.js';
import { createI18n, type I18n } from './i18n/index.js';
import { Lifecycle } from './lifecycle.js';
import { createLogger, type Logger } from './logger.js';
import { IndexCache } from './search/index-cache.js';
import { SearchService } from './search/service.js';
import { scheduleRetention } from './feedback/retention.js';
import { SearchCounter } from './feedback/search-counter.js';
import { SearchLogReader } from './feedback/search-log.js';
import { SqliteFeedbackStore } from './feedback/sqlite-store.js';
import type { FeedbackStore } from './feedback/store.js';
import { SqliteSurveyStore } from './survey/sqlite-store.js';
import type { SurveyStore } from './survey/store.js';
import { AssetManifest } from './web/views/assets.js';
import { PageCache } from './web/http/page-cache.js';
import { createPageRenderer, type RenderPage } from './web/views/render.js';
import { searchDocuments } from './web/view-models/search-documents.js';
import { createViews } from './web/views/environment.js';

export interface Services {
  logger: Logger;
  lifecycle: Lifecycle;
  i18n: I18n;
  content: ContentService;
  search: SearchService;
  surveyStore: SurveyStore;
  feedbackStore: FeedbackStore;
  searchCounter: SearchCounter;
  /** Counts the results pages nginx answered, on the one instance given SEARCH_LOG. */
  searchLog: SearchLogReader | undefined;
  /** Stops the daily deletion of old votes and search counts. */
  stopRetention: () => void;
  assets: AssetManifest;
  views: nunjucks.Environment;
  render: RenderPage;
  pageCache: PageCache;
}

/** Builds every service the app needs, once, from the config. */
export async function buildServices(config: Config): Promise<Services> {
  const logger = createLogger(config.logLevel);
  const i18n = await createI18n(config.localesDir);
  const load = () =>
    loadContent(config.contentDir, {
      externalLinkLabel: (locale) => i18n.t(locale)('markdown.externalLink'),
      parseCacheFile: path.join(config.dataDir, 'content-cache.json'),
    });
  const content = new ContentService(await load(), load);
  const search = new SearchService(
    content,
    searchDocuments,
    new IndexCache(path.join(config.dataDir, 'search-index')),
  );
  const assets = new AssetManifest(config.publicDir);
  const views = createViews(config, assets);
  const render = createPageRenderer(views, i18n, content, config);
  // The PostgreSQL driver is loaded only by the instances that use it.
  const surveyStore: SurveyStore = config.databaseUrl
    ? await (await import('./survey/pg-store.js')).PgSurveyStore.connect(config.databaseUrl)
    : new SqliteSurveyStore(config.dataDir);
  const feedbackStore: FeedbackStore = config.databaseUrl
    ? await (await import('./feedback/pg-store.js')).PgFeedbackStore.connect(config.databaseUrl)
    : new SqliteFeedbackStore(config.dataDir);
  const logError = (message: string) => (error: unknown) => logger.error({ err: error }, message);
  const searchCounter = new SearchCounter(feedbackStore, logError('search counts not written'));
  const searchLog =
    config.searchLog === undefined
      ? undefined
      : new SearchLogReader(config.searchLog, feedbackStore, logError('search log not read'));
  await searchLog?.start();
  const stopRetention = await scheduleRetention(
    feedbackStore,
    config.retentionDays,
    logError('old votes and search counts not deleted'),
  );
  const pageCache = new PageCache();
  content.onReload(() => pageCache.clear());
  return {
    logger,
    lifecycle: new Lifecycle(),
    i18n,
    content,
    search,
    surveyStore,
    feedbackStore,
    searchCounter,
    searchLog,
    stopRetention,
    assets,
    views,
    render,
    pageCache,
  };
}

/** Releases what the services hold (file watchers, database connections). */
export async function closeServices(services: Services): Promise<void> {
  services.content.close();
  services.stopRetention();
  await services.searchLog?.stop();
  // Counts still in memory are written before the store closes.
  await services.searchCounter
    .close()
    .catch((error: unknown) => services.logger.error({ err: error }, 'search counts not written'));
  await Promise.all([services.surveyStore.close(), services.feedbackStore.close()]);
}
