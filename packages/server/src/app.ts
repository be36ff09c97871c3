/**
 * The composition root: security, compression and caching first, then the API routes with their
 * OpenAPI description, then the web app. Read top to bottom for the load order.
 */
import { constants as zlibConstants } from "node:zlib";
import type { AtlasConfig, OpenedAtlas } from "@circular-atlas/services";
import { readDataVersion } from "@circular-atlas/services";
import compress from "@fastify/compress";
import swagger from "@fastify/swagger";
import Fastify, { type FastifyInstance, type FastifyServerOptions, LogController } from "fastify";
import { jsonSchemaTransform, jsonSchemaTransformObject, validatorCompiler } from "fastify-type-provider-zod";
import { registerErrorHandling } from "./error-handler.ts";
import { registerAuthentication } from "./plugins/authentication.ts";
import { registerResponseCache } from "./plugins/response-cache.ts";
import { registerSecurity } from "./plugins/security.ts";
import { registerWebApp } from "./plugins/web-app.ts";
import { registerAreaRoutes } from "./routes/areas/areas-routes.ts";
import { registerApiTokenRoutes } from "./routes/auth/api-token-routes.ts";
import { registerAuthRoutes } from "./routes/auth/auth-routes.ts";
import { registerCountryRoutes } from "./routes/countries/countries-routes.ts";
import { registerDocsRoutes } from "./routes/docs/docs-routes.ts";
import { registerFrameworkRoutes } from "./routes/frameworks/frameworks-routes.ts";
import { registerGeometryRoutes } from "./routes/geometry/geometry-routes.ts";
import { registerHealthRoutes } from "./routes/health/health-routes.ts";
import { registerIndicatorRoutes } from "./routes/indicators/indicators-routes.ts";
import { registerObservationHistoryRoutes } from "./routes/observations/observation-history-routes.ts";
import { registerObservationRoutes } from "./routes/observations/observations-routes.ts";
import { registerQualityRoutes } from "./routes/quality/quality-routes.ts";
import { registerReadinessRoutes } from "./routes/readiness/readiness-routes.ts";
import { registerRecordFileRoutes } from "./routes/records/record-file-routes.ts";
import { registerRecordRoutes } from "./routes/records/records-routes.ts";
import { registerAnswerWorkbookRoutes } from "./routes/rounds/answer-workbook-routes.ts";
import { registerRoundRoutes } from "./routes/rounds/register-round-routes.ts";
import type { RouteContext } from "./routes/route-context.ts";
import { registerSearchRoutes } from "./routes/search/search-routes.ts";
import { registerSourceRoutes } from "./routes/sources/sources-routes.ts";
import { registerUserRoutes } from "./routes/users/users-routes.ts";

export interface BuildAppOptions {
  readonly atlas: OpenedAtlas;
  readonly config: Pick<AtlasConfig, "baselineDir" | "webDir" | "logLevel" | "cookieSecure">;
  readonly version: string;
  /** Pino options, or false to stay silent (tests). */
  readonly logger?: FastifyServerOptions["logger"];
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? { level: options.config.logLevel },
    // One log line per request drowns the useful ones at a few hundred requests a second; they
    // come back at debug level.
    logController: new LogController({
      disableRequestLogging: options.config.logLevel !== "debug" && options.config.logLevel !== "trace",
    }),
    trustProxy: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  // Responses are built from contract types already; validating them again on every request
  // would cost more than the query. Tests parse responses with the contract schemas instead.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  registerErrorHandling(app);

  await registerSecurity(app);
  // Before the cache: a cached answer must never skip the CSRF check or serve a signed-in caller.
  registerAuthentication(app, options.atlas.handle.db);
  await registerResponseCache(app, { dataVersion: () => readDataVersion(options.atlas.handle.db) });
  await app.register(compress, {
    threshold: 1_024,
    encodings: ["br", "gzip"],
    // Brotli's default quality (11) costs tens of milliseconds per response; 5 keeps most of the gain.
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } },
  });
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Circular Atlas",
        version: options.version,
        description:
          "Indicators of the circular-economy transition for the ten member states of the Economic Cooperation Organization, with their sources and licences.",
      },
      tags: [
        { name: "areas", description: "Member states and map geometry" },
        { name: "indicators", description: "Indicator metadata and coverage" },
        { name: "observations", description: "Values, as JSON or CSV" },
        { name: "frameworks", description: "Indicator frameworks and their coverage matrix" },
        { name: "countries", description: "Country profiles" },
        { name: "sources", description: "Datasets, publishers and licences" },
        {
          name: "knowledge",
          description:
            "Policies, good practices, stakeholders, initiatives, barriers, priorities, events, documents",
        },
        { name: "accounts", description: "Sign-in, sessions, API tokens and accounts" },
        { name: "quality", description: "Data-quality rules, and the values they hold for review" },
        {
          name: "mapping",
          description: "The mapping exercise: reporting rounds, questionnaires, submissions and their review",
        },
        { name: "operations", description: "Health" },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  const context: RouteContext = { atlas: options.atlas, config: options.config, version: options.version };
  registerHealthRoutes(app, context);
  registerAreaRoutes(app, context);
  registerGeometryRoutes(app, context);
  registerIndicatorRoutes(app, context);
  registerObservationRoutes(app, context);
  registerObservationHistoryRoutes(app, context);
  registerQualityRoutes(app, context);
  registerCountryRoutes(app, context);
  registerFrameworkRoutes(app, context);
  registerReadinessRoutes(app, context);
  registerSourceRoutes(app, context);
  registerAuthRoutes(app, context);
  registerApiTokenRoutes(app, context);
  registerUserRoutes(app, context);
  registerSearchRoutes(app, context);
  registerRecordFileRoutes(app, context);
  registerRecordRoutes(app, context);
  await registerRoundRoutes(app, context);
  await registerAnswerWorkbookRoutes(app, context);
  registerDocsRoutes(app);
  await registerWebApp(app, options.config.webDir);
  await app.ready();
  return app;
}
