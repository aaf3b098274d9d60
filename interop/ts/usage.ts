// Proves that TypeScript code can use the specs: `cargo xtask interop` has openapi-typescript
// write ./generated/<vendor>.ts from specs/ (git-ignored, see ../../redocly.yaml) and compiles
// this file against them with `tsc --noEmit --strict`. Nothing runs: the check is the compile.
//
// Each value below is the vendor page's example (tests/fixtures/*.json), typed with the schema
// that the spec gives it. An object literal with a property its type lacks, a missing required
// property or a wrongly typed value fails the compile, and so does a renamed schema, operation
// or response.

import type {
  components as Dynatrace,
  operations as DynatraceOperations,
} from "./generated/dynatrace";
import type {
  components as Astra,
  operations as AstraOperations,
} from "./generated/astra";
import type {
  components as Emr,
  operations as EmrOperations,
} from "./generated/emr-serverless-spark";
import type {
  components as GitLab,
  operations as GitLabOperations,
} from "./generated/gitlab";

// Dynatrace: GET /apiTokens/{id} (tests/fixtures/dynatrace-get-api-token.json).
export const dynatraceToken: Dynatrace["schemas"]["ApiToken"] = {
  lastUsedIpAddress: "34.197.2.44",
  modifiedDate: "2020-11-12T08:15:30.144Z",
  additionalMetadata: {
    dashboardId: "82402bab-7370-4359-924d-88ed13c8919a",
  },
  expirationDate: "2020-11-12T08:15:30.144Z",
  personalAccessToken: true,
  lastUsedDate: "2020-11-12T08:15:30.144Z",
  creationDate: "2020-11-05T08:15:30.144Z",
  enabled: true,
  scopes: ["metrics.read"],
  name: "myToken",
  id: "dt0c01.ST2EY72KQINMH574WMNVI7YN",
  owner: "john.smith",
};
export const dynatraceResponse: DynatraceOperations["getApiToken"]["responses"][200]["content"]["application/json"] =
  dynatraceToken;

// NetApp Astra Control: retrieve a token (tests/fixtures/astra-get-token.json).
export const astraToken: Astra["schemas"]["Token"] = {
  type: "application/astra-token",
  version: "1.0",
  id: "822fab12-c224-5d1f-8118-5fb5d2def8b9",
  name: "Snapshot Script",
  userID: "09f8933c-ad74-4f4e-8ef5-1ffaa0fb8e9b",
  metadata: {
    labels: [],
    creationTimestamp: "2022-10-06T20:58:16.305662Z",
    modificationTimestamp: "2022-10-06T20:58:16.305662Z",
    createdBy: "8f84cf09-8036-51e4-b579-bd30cb07b269",
  },
};
export const astraResponse: AstraOperations["getToken"]["responses"][200]["content"]["application/astra-token+json"] =
  astraToken;
// Astra's 404 (tests/fixtures/astra-404.json): RFC 7807, `status` is a string.
export const astraNotFound: AstraOperations["getToken"]["responses"][404]["content"]["application/problem+json"] = {
  type: "https://astra.netapp.io/problems/2",
  title: "Collection not found",
  detail: "The collection specified in the request URI wasn't found.",
  status: "404",
};

// Alibaba EMR Serverless Spark: GetLivyComputeToken (tests/fixtures/emr-get-livy-compute-token.json).
export const emrToken: Emr["schemas"]["LivyComputeToken"] = {
  tokenId: "lctk-xxxxxxxxxx",
  name: "test",
  token: "d25561157a635bb",
  createdBy: "alice",
  createTime: 1749456094000,
  expireTime: 1749457994000,
  lastUsedTime: 1749456098000,
  autoExpireConfiguration: {
    enable: false,
    expireDays: 7,
  },
};
export const emrGetResponse: Emr["schemas"]["GetLivyComputeTokenResponse"] = {
  requestId: "484D9DDA-300D-525E-AF7A-0CCCA5C64A7A",
  code: "1000000",
  message: "ok",
  data: emrToken,
};
export const emrGetTyped: EmrOperations["getLivyComputeToken"]["responses"][200]["content"]["application/json"] =
  emrGetResponse;

// ListLivyComputeToken (tests/fixtures/emr-list-livy-compute-token.json): `createdby`, lower-case b.
export const emrListResponse: EmrOperations["listLivyComputeToken"]["responses"][200]["content"]["application/json"] = {
  requestId: "DD6B1B2A-5837-5237-ABE4-FF0C8944****",
  code: "1000000",
  message: "ok",
  data: {
    tokens: [
      {
        tokenId: "lctk-xxxxxxxxxxx",
        name: "test",
        token: "5d37843fb6f1e8",
        createdby: "alice",
        createTime: 1749456094000,
        expireTime: 1749456994000,
        lastUsedTime: 1749456098000,
      },
    ],
  },
};

// The API gateway's PascalCase error (tests/fixtures/vendor-samples/emr-serverless-spark/
// gateway-forbidden-ram-403.json): every key is declared, so the literal type-checks.
export const emrGatewayError: EmrOperations["getLivyComputeToken"]["responses"]["4XX"]["content"]["application/json"] = {
  RequestId: "0B3D5F7A-9C1E-5B2D-8F4A-6C8E0A2B4D6F",
  HostId: "emr-serverless-spark.cn-hangzhou.aliyuncs.com",
  Code: "Forbidden.RAM",
  Message: "User not authorized to operate on the specified resource, or this API doesn't support RAM.",
  Recommend: "https://api.alibabacloud.com/troubleshoot?q=Forbidden.RAM&product=emr-serverless-spark",
  AccessDeniedDetail: { AuthAction: "emr-serverless-spark:GetLivyComputeToken", NoPermissionType: "ImplicitDeny" },
};
// A failure envelope may carry `data: null`.
export const emrFailure: EmrOperations["getLivyComputeToken"]["responses"][200]["content"]["application/json"] = {
  requestId: "5B7D9F1A-3C5E-5B7D-9F1A-3C5E7A9B1D3F",
  code: "040003",
  message: "The livy compute lc-xxxxxxxxxxxx does not exist.",
  data: null,
};

// Reading fields back keeps their declared types (a number stays a number, and so on).
export const emrCreatedAt: number | undefined = emrGetResponse.data?.createTime;
export const astraCreator: string | undefined = astraToken.metadata.createdBy;
export const listCreator: string | undefined = emrListResponse.data?.tokens?.[0]?.createdby;

// GitLab: list personal access tokens (tests/fixtures/gitlab-list-personal-access-tokens.json).
export const gitlabToken: GitLab["schemas"]["PersonalAccessToken"] = {
  id: 4,
  name: "Test Token",
  revoked: false,
  created_at: "2020-07-23T14:31:47.729Z",
  description: "Test Token description",
  scopes: ["api"],
  user_id: 3,
  last_used_at: "2021-10-06T17:58:37.550Z",
  active: true,
  expires_at: null,
};
export const gitlabList: GitLabOperations["listPersonalAccessTokens"]["responses"][200]["content"]["application/json"] =
  [gitlabToken];
// Rotation (tests/fixtures/gitlab-rotate-personal-access-token.json): the new secret in `token`.
export const gitlabRotated: GitLabOperations["rotatePersonalAccessToken"]["responses"][200]["content"]["application/json"] = {
  id: 42,
  name: "Rotated Token",
  revoked: false,
  created_at: "2023-08-01T15:00:00.000Z",
  description: "Test Token description",
  scopes: ["api"],
  user_id: 1337,
  last_used_at: null,
  active: true,
  expires_at: "2023-08-15",
  token: "s3cr3t",
};
// Both error shapes: a message text or validation errors per attribute, and an OAuth-style error.
export const gitlabValidation: GitLabOperations["createPersonalAccessTokenForUser"]["responses"][400]["content"]["application/json"] = {
  message: { bio: ["is too long (maximum is 255 characters)"] },
};
export const gitlabInsufficientScope: GitLabOperations["rotatePersonalAccessToken"]["responses"][403]["content"]["application/json"] = {
  error: "insufficient_scope",
  error_description: "The request requires higher privileges than provided by the access token.",
  scope: "sudo",
};
// The list's paging headers are declared: `x-next-page` is a string (empty on the last page).
export type GitLabNextPage = GitLabOperations["listPersonalAccessTokens"]["responses"][200]["headers"]["x-next-page"];
export const gitlabNextPage: GitLabNextPage = "3";
export const gitlabSecret: string = gitlabRotated.token;
