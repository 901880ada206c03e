-- pg_trgm ships with PostgreSQL (contrib): on an external server, the role of the app must be allowed to create it
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Article_title_trgm_idx" ON "Article" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Company_nameZh_trgm_idx" ON "Company" USING GIN ("nameZh" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Company_nameEn_trgm_idx" ON "Company" USING GIN ("nameEn" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Post_text_trgm_idx" ON "Post" USING GIN ("text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Profile_headline_trgm_idx" ON "Profile" USING GIN ("headline" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "User_name_trgm_idx" ON "User" USING GIN ("name" gin_trgm_ops);
