-- CreateTable
CREATE TABLE "PeopleSuggestion" (
    "userId" TEXT NOT NULL,
    "suggestedId" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "mutualCount" INTEGER NOT NULL,
    "company" TEXT,
    "isCurrentColleague" BOOLEAN NOT NULL DEFAULT false,
    "school" TEXT,
    "city" TEXT,
    "isSameIndustry" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "PeopleSuggestion_pkey" PRIMARY KEY ("userId","suggestedId")
);

-- CreateTable
CREATE TABLE "SuggestionRefresh" (
    "userId" TEXT NOT NULL,
    "refreshedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SuggestionRefresh_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "PeopleSuggestion_userId_score_idx" ON "PeopleSuggestion"("userId", "score" DESC);

-- AddForeignKey
ALTER TABLE "PeopleSuggestion" ADD CONSTRAINT "PeopleSuggestion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeopleSuggestion" ADD CONSTRAINT "PeopleSuggestion_suggestedId_fkey" FOREIGN KEY ("suggestedId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionRefresh" ADD CONSTRAINT "SuggestionRefresh_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
