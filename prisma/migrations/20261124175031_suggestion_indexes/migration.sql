-- CreateIndex
CREATE INDEX "Education_school_idx" ON "Education"("school");

-- CreateIndex
CREATE INDEX "Position_companyName_idx" ON "Position"("companyName");

-- CreateIndex
CREATE INDEX "Profile_city_industry_idx" ON "Profile"("city", "industry");
